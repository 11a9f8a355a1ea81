import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CRIMES } from '@rtop/kernel';
import { LEGAL_CRIMES, RABAT_CONCLUSIONS, RISK_LEVELS } from '../case/assessment';

const EVIDENCE = 'Reports on this case the finding rests on: at least one, none retracted.';
const CRIME =
  'Genocide, crimes against humanity or war crimes. Ethnic cleansing is refused here (422 ethnic-cleansing-assessed-through-crimes): tag it with ethnicCleansing instead.';

export class IndicatorFindingDto {
  @ApiProperty({
    example: '8.7',
    description:
      'An indicator of the UN Framework of Analysis: its risk factor (1–14), then its number. Factors 1–8 bear on every crime; 9–10 only on genocide, 11–12 on crimes against humanity, 13–14 on war crimes.',
  })
  @IsString()
  indicator!: string;

  @ApiProperty({ description: 'What was found on this indicator.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  finding!: string;

  @ApiProperty({ type: [String], description: EVIDENCE })
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  reportIds!: string[];
}

export class CrimeRiskDto {
  @ApiProperty({ enum: CRIMES, description: CRIME })
  @IsIn(CRIMES, { message: `crime must be one of ${CRIMES.join(', ')}` })
  crime!: (typeof CRIMES)[number];

  @ApiProperty({ enum: RISK_LEVELS })
  @IsIn(RISK_LEVELS)
  level!: (typeof RISK_LEVELS)[number];

  @ApiProperty({ type: [IndicatorFindingDto], description: 'The risk scored indicator by indicator, each indicator once.' })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => IndicatorFindingDto)
  @IsObject({ each: true })
  findings!: IndicatorFindingDto[];

  @ApiProperty()
  @IsString()
  @MaxLength(10_000)
  rationale!: string;
}

/** The Rabat Plan of Action's six-part threshold test: a finding on every part. */
export class RabatTestDto {
  @ApiProperty({ description: '1. The social and political context.' })
  @IsString()
  @MaxLength(10_000)
  context!: string;

  @ApiProperty({ description: '2. The speaker: position and standing towards the audience.' })
  @IsString()
  @MaxLength(10_000)
  speaker!: string;

  @ApiProperty({ description: '3. Intent to incite, not mere negligence.' })
  @IsString()
  @MaxLength(10_000)
  intent!: string;

  @ApiProperty({ description: '4. Content and form of the speech.' })
  @IsString()
  @MaxLength(10_000)
  contentAndForm!: string;

  @ApiProperty({ description: '5. Extent and magnitude: reach, audience, frequency.' })
  @IsString()
  @MaxLength(10_000)
  extentAndMagnitude!: string;

  @ApiProperty({ description: '6. Likelihood of harm, including its imminence.' })
  @IsString()
  @MaxLength(10_000)
  likelihoodIncludingImminence!: string;
}

export class IncitementFindingDto {
  @ApiProperty({ enum: CRIMES, description: `The crime incited. ${CRIME} Incitement to it must be part of the case.` })
  @IsIn(CRIMES, { message: `crime must be one of ${CRIMES.join(', ')}` })
  crime!: (typeof CRIMES)[number];

  @ApiProperty({
    type: RabatTestDto,
    description: 'A finding on each of the six parts; a blank part is refused (400 rabat-six-part-test).',
  })
  @ValidateNested()
  @Type(() => RabatTestDto)
  @IsObject()
  rabat!: RabatTestDto;

  @ApiProperty({ enum: RABAT_CONCLUSIONS })
  @IsIn(RABAT_CONCLUSIONS)
  conclusion!: (typeof RABAT_CONCLUSIONS)[number];

  @ApiProperty({ type: [String], description: EVIDENCE })
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  reportIds!: string[];
}

export class EthnicCleansingTagDto {
  @ApiProperty({
    enum: LEGAL_CRIMES,
    isArray: true,
    description: 'The crimes ethnic cleansing is assessed through; each must be assessed in risks.',
  })
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  assessedThrough!: string[];
}

export class DraftAssessmentDto {
  @ApiProperty({ type: [CrimeRiskDto], description: 'The risk of each crime, once per crime, among the crimes of the case.' })
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => CrimeRiskDto)
  @IsObject({ each: true })
  risks!: CrimeRiskDto[];

  @ApiProperty({
    type: [IncitementFindingDto],
    required: false,
    default: [],
    description: 'Incitement, weighed on the Rabat test, once per crime.',
  })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => IncitementFindingDto)
  @IsObject({ each: true })
  incitement?: IncitementFindingDto[];

  @ApiProperty({
    type: EthnicCleansingTagDto,
    required: false,
    description: 'Tags the assessment as concerning ethnic cleansing, mapped onto the legal crimes it is assessed through.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => EthnicCleansingTagDto)
  @IsObject()
  ethnicCleansing?: EthnicCleansingTagDto;

  @ApiProperty()
  @IsString()
  @MaxLength(10_000)
  summary!: string;
}

export class CompleteReviewStepDto {
  @ApiProperty({
    example: 'legal-review',
    description:
      'A step of the draft’s review checklist (the deployment’s, by default sources-graded, evidence-linked, legal-review, second-reader). The second reader must be someone other than the drafter.',
  })
  @IsString()
  @IsNotEmpty()
  step!: string;

  @ApiProperty({ required: false, default: '' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  note?: string;
}

export class IssueAssessmentDto {
  @ApiProperty({ description: 'The draft to issue, once every step of its review is complete. It is issued exactly as drafted.' })
  @IsString()
  @IsNotEmpty()
  assessmentId!: string;
}
