import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class ReasonDto {
  @ApiProperty({ description: 'Why: kept in the record. A blank reason is refused with 400 (rule reason-given).' })
  @IsString()
  @MaxLength(10_000)
  reason!: string;
}
