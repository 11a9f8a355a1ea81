import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsNotEmpty, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { CHAPTERS, Chapter } from '../case/draft';

export class MeasureDto {
  @ApiProperty({
    example: 'arms-embargo',
    description: 'What the measure is, e.g. good-offices, mediation-support, sanctions, arms-embargo, use-of-force.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  kind!: string;

  @ApiProperty({ description: 'Whether the measure is coercive. Coercive measures cannot be taken under Chapter VI (422).' })
  @IsBoolean()
  coercive!: boolean;
}

export class TableResolutionDraftDto {
  @ApiProperty({ example: 'Protection of civilians in the Rift Valley' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({
    enum: CHAPTERS,
    description:
      'VI pacific settlement (recommendations only), VII threats to the peace (Arts. 39–42), VIII regional arrangements (Arts. 52–54).',
  })
  @IsIn(CHAPTERS)
  chapter!: Chapter;

  @ApiProperty({ type: [MeasureDto] })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => MeasureDto)
  @IsObject({ each: true })
  measures!: MeasureDto[];

  @ApiProperty({
    type: [String],
    required: false,
    default: [],
    example: ['au-psc'],
    description:
      'Bodies the draft would authorise to act, e.g. a regional body’s enforcement action under Art. 53(1). Unknown bodies are refused with 400.',
  })
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  authorisedBodies: string[] = [];

  @ApiProperty({
    description: 'Whether the draft determines that the national authorities are manifestly failing to protect their populations.',
  })
  @IsBoolean()
  manifestFailureDetermined!: boolean;

  @ApiProperty({
    description:
      'Whether this is a credible draft on timely and decisive action to end or prevent genocide, crimes against humanity or war crimes (ACT code of conduct, para 2). A no vote by a signatory of the code is then recorded as a breached pledge; it never blocks the vote.',
  })
  @IsBoolean()
  credibleAtrocityPrevention!: boolean;

  @ApiProperty({
    type: [String],
    required: false,
    default: [],
    description:
      'Member states (member-state:<ISO3>) party to a dispute the draft concerns; empty for a situation. On a non-procedural Chapter VI (or Art. 52(3)) vote, a party that votes yes or no gets an obligatory-abstention warning (Art. 27(3)); its vote still counts.',
  })
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  partiesToDispute: string[] = [];

  @ApiProperty({
    required: false,
    default: false,
    description:
      'A Chapter VIII draft encouraging pacific settlement of a local dispute through regional arrangements (Art. 52(3)); only with Chapter VIII (400 otherwise).',
  })
  @IsBoolean()
  underArticle52Paragraph3 = false;
}

export class TableEmergencySpecialSessionRequestDto {
  @ApiProperty({ example: 'Call for an emergency special session of the General Assembly on the situation' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;
}
