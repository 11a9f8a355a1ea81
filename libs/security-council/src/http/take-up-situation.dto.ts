import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class CouncilTakeUpDto {
  @ApiProperty({
    example: 'A Member State brought the situation to the Council’s attention (Art. 35)',
    description:
      'Why the Council takes the situation up of its own motion (Charter Arts. 34–35); kept in the record. A blank reason is refused with 400 (rule take-up-states-its-reason).',
  })
  @IsString()
  @MaxLength(10_000)
  reason!: string;
}
