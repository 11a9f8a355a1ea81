import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { OccurredAtDto } from '@rtop/http';

export class TableDraftResolutionDto extends OccurredAtDto {
  @ApiProperty({ example: 'The situation in Kenya' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ description: 'The operative text as tabled.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50_000)
  text!: string;

  @ApiProperty({
    description:
      'An "important question" under Art. 18(2): adopted by two-thirds of the members present and voting; otherwise a simple majority of them. ' +
      'Abstentions are not counted as voting ([unverified] rule 86; deployment setting RTOP_GA_ABSTENTIONS_COUNT_AS_VOTING, default false).',
  })
  @IsBoolean()
  importantQuestion!: boolean;

  @ApiProperty({
    description:
      'A recommendation on the maintenance of international peace and security. Art. 18(2) makes it an important question: ' +
      'true with importantQuestion false is refused with 422 (rule art-18-important-question).',
  })
  @IsBoolean()
  peaceAndSecurityRecommendation!: boolean;
}
