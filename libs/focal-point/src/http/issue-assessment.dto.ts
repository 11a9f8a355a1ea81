import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsIn, IsInt, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CRIMES } from '@rtop/kernel';
import { RISK_LEVELS } from '../case/assessment';

export class CrimeRiskDto {
  @ApiProperty({ enum: CRIMES })
  @IsIn(CRIMES, { message: `crime must be one of ${CRIMES.join(', ')}` })
  crime!: (typeof CRIMES)[number];

  @ApiProperty({ enum: RISK_LEVELS })
  @IsIn(RISK_LEVELS)
  level!: (typeof RISK_LEVELS)[number];

  @ApiProperty({ type: [Number] })
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(14, { each: true })
  riskFactors!: number[];

  @ApiProperty({ type: [String], description: 'The reports on this case the finding rests on.' })
  @IsString({ each: true })
  reportIds!: string[];

  @ApiProperty()
  @IsString()
  @MaxLength(10_000)
  rationale!: string;
}

export class IssueAssessmentDto {
  @ApiProperty({ type: [CrimeRiskDto] })
  @ValidateNested({ each: true })
  @Type(() => CrimeRiskDto)
  @ArrayMinSize(1)
  risks!: CrimeRiskDto[];

  @ApiProperty()
  @IsString()
  @MaxLength(10_000)
  summary!: string;
}
