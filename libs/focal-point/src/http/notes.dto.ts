import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsInstant } from '@rtop/http';
import { RISK_FACTORS_DESCRIPTION } from './file-information-report.dto';

export class NoteLessonLearnedDto {
  @ApiProperty({ example: 'Peacebuilding Commission', description: 'Who contributed the lesson.' })
  @IsString()
  @MaxLength(500)
  contributor!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(10_000)
  lesson!: string;
}

export class RegionalIndicatorDto {
  @ApiProperty({ example: 'conflict', description: 'As the regional system defines it; for CEWARN, peace or conflict.' })
  @IsString()
  @MaxLength(100)
  kind!: string;

  @ApiProperty({ example: 'armed-intervention' })
  @IsString()
  @MaxLength(100)
  category!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(10_000)
  description!: string;
}

export class NoteEarlyWarningReportDto {
  @ApiProperty({ example: 'cewarn-2008-014', description: 'The report’s id in the regional early-warning system.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  regionalReportId!: string;

  @ApiProperty()
  @IsString()
  @MaxLength(10_000)
  summary!: string;

  @ApiProperty({ example: '2007-12-30T00:00:00Z' })
  @IsInstant()
  observedAt!: string;

  @ApiProperty({ example: 'Karamoja cluster' })
  @IsString()
  @MaxLength(500)
  location!: string;

  @ApiProperty({
    type: [RegionalIndicatorDto],
    required: false,
    default: [],
    description: 'The regional system’s own indicators, kept as sent.',
  })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => RegionalIndicatorDto)
  @IsObject({ each: true })
  indicators?: RegionalIndicatorDto[];

  @ApiProperty({
    type: [Number],
    required: false,
    default: [],
    description: `${RISK_FACTORS_DESCRIPTION} Regional systems keep their own indicators: name these only where the report maps onto them.`,
  })
  @IsOptional()
  @IsArray()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(14, { each: true })
  riskFactors?: number[];
}
