import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsInstant, OCCURRED_AT_DESCRIPTION } from '@rtop/http';
import { POSTURES, Posture } from '../case/posture';

export class PostureChangeDto {
  @ApiProperty({
    enum: POSTURES,
    description: 'Where the state stands: willing and able to protect its population, willing but unable, or unwilling.',
  })
  @IsIn(POSTURES)
  posture!: Posture;

  @ApiProperty({
    type: [String],
    minItems: 1,
    example: ['Police overwhelmed in the Rift Valley'],
    description: 'Why the posture is what it now is. Every change states at least one reason; a blank one is refused with 400.',
  })
  @ArrayMinSize(1)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(2_000, { each: true })
  reasons!: string[];
}

/** The state's own declaration: an act it may have made off the system (a statement, a note verbale) and entered later. */
export class DeclarePostureDto extends PostureChangeDto {
  @ApiPropertyOptional({ format: 'date-time', example: '2008-01-02T12:00:00Z', description: OCCURRED_AT_DESCRIPTION })
  @IsOptional()
  @IsInstant()
  occurredAt?: string;
}
