import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsInstant, OccurredAtDto } from '@rtop/http';
import { ARTICLE_4H_CRIMES } from '../case/decision-rules/article-4h';
import { MAJORITY_BASES, MAJORITY_FRACTIONS, VOTES, VoteChoice } from '../case/majority';
import { CEWARN_INDICATOR_CATEGORIES, MATTERS, Matter } from '../case/regional-events';

const SUBJECT_KINDS = ['ordinary', 'article-4h-recommendation', 'article-4h-intervention'] as const;
const MEMBER_STATE = 'A member state as `member-state:<ISO 3166-1 alpha-3>`, e.g. `member-state:KEN`.';

export class DraftSubjectDto {
  @ApiProperty({
    enum: SUBJECT_KINDS,
    description:
      '`ordinary` for every body; the AU Constitutive Act Art. 4(h) path has two steps: the PSC tables an `article-4h-recommendation`, ' +
      'and once the PSC has adopted it the Assembly tables an `article-4h-intervention` citing it.',
  })
  @IsIn(SUBJECT_KINDS)
  kind!: (typeof SUBJECT_KINDS)[number];

  @ApiProperty({
    required: false,
    enum: ARTICLE_4H_CRIMES,
    isArray: true,
    description: 'Art. 4(h) steps only: the grave circumstances. Ethnic cleansing is not among them (400).',
  })
  @ValidateIf((s: DraftSubjectDto) => s.kind !== 'ordinary')
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  grounds?: string[];

  @ApiProperty({
    required: false,
    description: '`article-4h-intervention` only: the PSC recommendation (its draft id), adopted on this case; otherwise 422.',
  })
  @ValidateIf((s: DraftSubjectDto) => s.kind === 'article-4h-intervention')
  @IsString()
  @IsNotEmpty()
  pscRecommendationId?: string;
}

export class TableDraftDecisionDto extends OccurredAtDto {
  @ApiProperty({ example: 'Mediation by the Panel of the Wise' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ description: 'The operative text as tabled.' })
  @IsString()
  @MaxLength(20_000)
  text!: string;

  @ApiProperty({
    enum: MATTERS,
    required: false,
    default: 'substantive',
    description:
      'AU PSC and AU Assembly: after a failed consensus, procedural matters need a simple majority and substantive ones two-thirds. ' +
      'A procedural matter cannot be coercive (400).',
  })
  @IsOptional()
  @IsIn(MATTERS)
  matter?: Matter;

  @ApiProperty({
    description:
      'Enforcement (coercive) action. Charter Art. 53(1): it is adopted only with a Council authorisation naming this body noted on the case; ' +
      'otherwise adoption answers 422 (article-53-council-authorisation), except an AU Assembly Art. 4(h) intervention that links none, ' +
      'which is adopted with an article-53-conflict-recorded event. Preventive action (false) needs no authorisation.',
  })
  @IsBoolean()
  coercive!: boolean;

  @ApiProperty({
    required: false,
    nullable: true,
    description:
      'The Council decision (its draft id) authorising this action, as noted from the Security Council’s council-decision-adopted. ' +
      'Checked on adoption, so a draft may be tabled while the authorisation is still on its way.',
  })
  @IsOptional()
  @IsString()
  councilDecisionId?: string | null;

  @ApiProperty({
    required: false,
    type: [String],
    description:
      `${MEMBER_STATE} The states party to the situation or dispute. AU PSC: excluded from the decision (PSC Protocol Art. 8(9) [unverified]; ` +
      'configurable as RegionalRules.auPsc.excludePartiesToSituation, default true). OAS: list them only where the instrument excludes the parties ' +
      '(Charter Art. 89 disputes, Rio Treaty); they are then excluded from the vote and from its base. Other bodies: recorded only.',
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  parties?: string[];

  @ApiProperty({
    required: false,
    default: false,
    description:
      'OAS only: the matter is one its instruments reserve for two-thirds of the Member States instead of an absolute majority. Any other body: 400.',
  })
  @IsOptional()
  @IsBoolean()
  twoThirdsRequired?: boolean;

  @ApiProperty({ required: false, type: DraftSubjectDto, description: 'Default: ordinary.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DraftSubjectDto)
  @IsObject()
  subject?: DraftSubjectDto;
}

export class RecordConsensusOutcomeDto extends OccurredAtDto {
  @ApiProperty({
    type: [String],
    description:
      `${MEMBER_STATE} The states that objected; none means consensus, which is the absence of objection, not unanimity. ` +
      'Objections set aside by an explicit procedural decision (OSCE consensus-minus-one, an ASEAN Summit mode) are recorded but not counted.',
  })
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  objections!: string[];
}

export class RegionalVoteDto {
  @ApiProperty({ description: MEMBER_STATE })
  @IsString()
  state!: string;

  @ApiProperty({
    enum: VOTES,
    description: 'An abstention is not a vote cast: it counts neither for nor against, and not in a majority of the members voting.',
  })
  @IsIn(VOTES)
  vote!: VoteChoice;
}

export class RecordRegionalVoteDto extends OccurredAtDto {
  @ApiProperty({
    type: [RegionalVoteDto],
    description:
      'One entry per state voting; states not listed did not vote. The majority is the body’s: AU PSC two-thirds of the members voting on substance, ' +
      'a simple majority on procedure, only after a recorded failed consensus (PSC Protocol Art. 8 [unverified numbering and base]; configurable as ' +
      'RegionalRules.auPsc); AU Assembly two-thirds of the Member States after a failed consensus (Constitutive Act Art. 7(1) [unverified]; ' +
      'RegionalRules.auAssembly); OAS an absolute majority of the Member States, two-thirds where the draft says so; ASEAN only as the Summit decided; ' +
      'OSCE never votes; IGAD as configured (RegionalRules.igad.rule, default consensus only [unverified]).',
  })
  @ValidateNested({ each: true })
  @Type(() => RegionalVoteDto)
  @ArrayMinSize(1)
  @IsObject({ each: true })
  votes!: RegionalVoteDto[];
}

export class ApplyConsensusMinusOneDto {
  @ApiProperty({ description: `${MEMBER_STATE} The one state whose objection will not count on this draft.` })
  @IsString()
  stateConcerned!: string;

  @ApiProperty({
    example: 'Prague Document on Further Development of CSCE Institutions and Structures (1992), para. 16',
    description: 'The basis cited; required.',
  })
  @IsString()
  @MaxLength(1000)
  basis!: string;
}

const SUMMIT_MODES = ['consensus-minus', 'vote'] as const;

export class RecordSummitDecisionModeDto {
  @ApiProperty({
    enum: SUMMIT_MODES,
    description: '`consensus-minus`: consensus, not counting the objections of the states named; `vote`: by the majority given.',
  })
  @IsIn(SUMMIT_MODES)
  mode!: (typeof SUMMIT_MODES)[number];

  @ApiProperty({ required: false, type: [String], description: `consensus-minus only. ${MEMBER_STATE}` })
  @ValidateIf((d: RecordSummitDecisionModeDto) => d.mode === 'consensus-minus')
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  notCounted?: string[];

  @ApiProperty({ required: false, enum: MAJORITY_FRACTIONS, description: 'vote only.' })
  @ValidateIf((d: RecordSummitDecisionModeDto) => d.mode === 'vote')
  @IsIn(MAJORITY_FRACTIONS)
  fraction?: (typeof MAJORITY_FRACTIONS)[number];

  @ApiProperty({
    required: false,
    enum: MAJORITY_BASES,
    description:
      'vote only: of the members voting (yes and no) or of all the member states (RegionalRules.asean.memberStates, default 11).',
  })
  @ValidateIf((d: RecordSummitDecisionModeDto) => d.mode === 'vote')
  @IsIn(MAJORITY_BASES)
  of?: (typeof MAJORITY_BASES)[number];

  @ApiProperty({ example: 'ASEAN Charter Art. 20(2)', description: 'The basis cited; required.' })
  @IsString()
  @MaxLength(1000)
  basis!: string;
}

const INDICATOR_KINDS = Object.keys(CEWARN_INDICATOR_CATEGORIES) as (keyof typeof CEWARN_INDICATOR_CATEGORIES)[];

export class CewarnIndicatorDto {
  @ApiProperty({ enum: INDICATOR_KINDS })
  @IsIn(INDICATOR_KINDS)
  kind!: string;

  @ApiProperty({
    enum: [...CEWARN_INDICATOR_CATEGORIES.peace, ...CEWARN_INDICATOR_CATEGORIES.conflict],
    description: `Peace: ${CEWARN_INDICATOR_CATEGORIES.peace.join(', ')}. Conflict: ${CEWARN_INDICATOR_CATEGORIES.conflict.join(', ')}. A category of the other kind is refused (400).`,
  })
  @IsString()
  category!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(2000)
  description!: string;
}

export class SubmitEarlyWarningReportDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  summary!: string;

  @ApiProperty({ type: [CewarnIndicatorDto] })
  @ValidateNested({ each: true })
  @Type(() => CewarnIndicatorDto)
  @ArrayMinSize(1)
  @IsObject({ each: true })
  indicators!: CewarnIndicatorDto[];

  @ApiProperty({
    example: '2008-01-08T06:00:00Z',
    description:
      'When it was observed; no later than now (400). The information report the Joint Office files from it has this as its occurred time.',
  })
  @IsInstant()
  observedAt!: string;

  @ApiProperty({ example: 'Karamoja cluster' })
  @IsString()
  @MaxLength(500)
  location!: string;
}
