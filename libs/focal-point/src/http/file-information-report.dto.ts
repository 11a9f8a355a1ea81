import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsInstant } from '@rtop/http';
import { CHANNELS, CREDIBILITY } from '../case/information-report';

export const RISK_FACTORS_DESCRIPTION =
  'UN Framework of Analysis risk factors: 1–8 common, 9–10 genocide, 11–12 crimes against humanity, 13–14 war crimes.';

export class ReportSourceDto {
  @ApiProperty({ description: 'Who reported. For a protected source this never leaves the request: only a pseudonym is recorded.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name!: string;

  @ApiProperty({ description: 'The source may be at risk: record it by pseudonym only.' })
  @IsBoolean()
  protected!: boolean;
}

export class FileInformationReportDto {
  @ApiProperty({
    type: ReportSourceDto,
    description:
      'The report carries the source’s reliability as its grading history stands when it is filed (F, cannot be judged, when never graded): grade sources with POST /cases/{caseId}/source-gradings.',
  })
  @ValidateNested()
  @Type(() => ReportSourceDto)
  @IsObject()
  source!: ReportSourceDto;

  @ApiProperty({ enum: CHANNELS })
  @IsIn(CHANNELS)
  channel!: (typeof CHANNELS)[number];

  @ApiProperty({
    enum: CREDIBILITY,
    description:
      'Credibility of this report, 1 (confirmed) to 6 (cannot be judged). 1 needs corroboratedBy (422 confirmed-needs-corroboration).',
  })
  @IsIn(CREDIBILITY)
  credibility!: (typeof CREDIBILITY)[number];

  @ApiProperty({
    type: [String],
    required: false,
    default: [],
    description: 'Reports on this case, from other sources and not retracted, that corroborate this one.',
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  corroboratedBy?: string[];

  @ApiProperty({
    example: '2008-01-01T12:00:00Z',
    description:
      'When what the report describes was observed: the report’s occurred time (timeline by=occurred); when it was filed is its recorded time. After now is refused with 400 (observed-before-filed).',
  })
  @IsInstant()
  observedAt!: string;

  @ApiProperty({ example: 'Eldoret, Rift Valley' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  location!: string;

  @ApiProperty({ type: [Number], description: RISK_FACTORS_DESCRIPTION })
  @ArrayMinSize(1)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(14, { each: true })
  riskFactors!: number[];

  @ApiProperty()
  @IsString()
  @MaxLength(10_000)
  summary!: string;
}
