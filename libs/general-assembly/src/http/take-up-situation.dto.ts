import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class AssemblyTakeUpDto {
  @ApiProperty({
    example: 'Member States asked that the situation be discussed in plenary (Art. 11(2))',
    description:
      'Why the Assembly takes the situation up of its own initiative (Charter Arts. 10–14); kept in the record. A blank reason is refused with 400 (rule take-up-states-its-reason).',
  })
  @IsString()
  @MaxLength(10_000)
  reason!: string;
}
