import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, IsNotEmpty, IsObject, IsString } from 'class-validator';
import { TRANSMISSION_RECIPIENTS } from '../case/recipients';

export class TransmitAssessmentDto {
  @ApiProperty()
  @IsString()
  assessmentId!: string;

  @ApiProperty({
    enum: TRANSMISSION_RECIPIENTS,
    isArray: true,
    description: 'Organs receiving this transmission at once; transmit again later to others for a sequence.',
  })
  @ArrayMinSize(1)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  recipients!: string[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The assessment as transmitted. It must be the assessment as issued: any difference is refused with 422.',
  })
  @IsObject()
  content!: Record<string, unknown>;
}
