import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { ECOSOC_ADDRESSEES, EcosocAddressee, HUMAN_RIGHTS_REPORT_KINDS, HumanRightsReportKind } from '../case/other-organs-events';

const STATE = {
  example: 'KEN',
  description: 'The member state, by its ISO 3166-1 alpha-3 code; anything else answers 400.',
};

export class PublishReportDto {
  @ApiProperty({ enum: HUMAN_RIGHTS_REPORT_KINDS, description: 'Which Human Rights Council mechanism produced the report.' })
  @IsIn(HUMAN_RIGHTS_REPORT_KINDS)
  kind!: HumanRightsReportKind;

  @ApiProperty({ example: 'Report of the fact-finding mission to Kenya' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ description: 'Its findings in brief; blank is refused with 400.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  summary!: string;
}

export class ConductReviewDto {
  @ApiProperty(STATE)
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'state must be an ISO 3166-1 alpha-3 code such as KEN' })
  state!: string;

  @ApiProperty({ description: 'What the Universal Periodic Review found; blank is refused with 400.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  findings!: string;

  @ApiProperty({ type: [String], description: 'The recommendations made to the state; may be empty, but none blank.' })
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(2_000, { each: true })
  recommendations!: string[];
}

export class EngageInRelapsePreventionDto {
  @ApiProperty(STATE)
  @IsString()
  @Matches(/^[A-Z]{3}$/, { message: 'state must be an ISO 3166-1 alpha-3 code such as KEN' })
  state!: string;

  @ApiProperty({
    type: [String],
    minItems: 1,
    example: ['National reconciliation', 'Police reform'],
    description: 'The peacebuilding priorities the Commission will follow with the state; at least one, none blank.',
  })
  @ArrayMinSize(1)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(2_000, { each: true })
  priorities!: string[];
}

export class ConcludeEngagementDto {
  @ApiProperty({
    example: 'The 2013 elections passed without mass violence',
    description: 'What came of the engagement; blank is refused with 400.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  outcome!: string;
}

export class MakeRecommendationDto {
  @ApiProperty({
    enum: ECOSOC_ADDRESSEES,
    isArray: true,
    minItems: 1,
    description:
      'Whom ECOSOC addresses (UN Charter Art. 62(1)): the General Assembly, the Members, the specialised agencies concerned; each once.',
  })
  @ArrayMinSize(1)
  @IsIn(ECOSOC_ADDRESSEES, { each: true })
  addressees!: EcosocAddressee[];

  @ApiProperty({ description: 'The recommendation; blank is refused with 400.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  text!: string;
}

export class RecordLessonDto {
  @ApiProperty({
    example: 'Regional mediation started within weeks; the UN followed the AU lead rather than opening a parallel track',
    description: 'The lesson learned; blank is refused with 400. The contributor is the authenticated body, never taken from the request.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  lesson!: string;
}
