import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsInstant } from '@rtop/http';
import { CHANNELS, CREDIBILITY } from '../case/information-report';
import { RISK_FACTORS_DESCRIPTION } from './file-information-report.dto';

export class VerifyReportDto {
  @ApiProperty({
    enum: CREDIBILITY,
    description: 'The credibility verification establishes, 1 (confirmed) to 6 (cannot be judged). 1 needs corroboratedBy.',
  })
  @IsIn(CREDIBILITY)
  credibility!: (typeof CREDIBILITY)[number];

  @ApiProperty({
    type: [String],
    required: false,
    default: [],
    description: 'Independent reports on this case that corroborate it: another source, not the report itself, not retracted.',
  })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  corroboratedBy?: string[];

  @ApiProperty({ description: 'How the report was verified.' })
  @IsString()
  @MaxLength(10_000)
  method!: string;
}

export class ReportCorrectionDto {
  @ApiProperty({ enum: CHANNELS, required: false })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: (typeof CHANNELS)[number];

  @ApiProperty({ required: false, example: '2008-01-01T12:00:00Z' })
  @IsOptional()
  @IsInstant()
  observedAt?: string;

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  location?: string;

  @ApiProperty({ type: [Number], required: false, description: RISK_FACTORS_DESCRIPTION })
  @IsOptional()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(14, { each: true })
  @IsArray()
  riskFactors?: number[];

  @ApiProperty({ required: false })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  summary?: string;
}

export class CorrectReportDto {
  @ApiProperty({
    type: ReportCorrectionDto,
    description:
      'The fields corrected. The source, its reliability and the credibility are not corrected here (credibility changes by verification).',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => ReportCorrectionDto)
  corrected!: ReportCorrectionDto;

  @ApiProperty({ description: 'Why the report is corrected.' })
  @IsString()
  @MaxLength(10_000)
  reason!: string;
}
