import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMinSize, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateBy, buildMessage } from 'class-validator';
import { OccurredAtDto } from '@rtop/http';
import { Body, isBody } from '@rtop/kernel';
import { ASSISTANCE_KINDS, AssistanceKind } from '../case/assistance';

export class RequestAssistanceDto extends OccurredAtDto {
  @ApiProperty({ enum: ASSISTANCE_KINDS, isArray: true, minItems: 1, description: 'The kinds of assistance asked for, each once.' })
  @ArrayMinSize(1)
  @IsIn(ASSISTANCE_KINDS, { each: true })
  kinds!: AssistanceKind[];

  @ApiProperty({ example: 'Mediation between the parties to the disputed election' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  description!: string;
}

const IsBody = () =>
  ValidateBy({
    name: 'isBody',
    validator: {
      validate: (value) => isBody(value),
      defaultMessage: buildMessage((each) => `${each}$property must name a body rtop knows, e.g. au-assembly, un-undp or member-state:GHA`),
    },
  });

export class ConsentToAssistanceDto extends OccurredAtDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The state’s own request on this case that the offer answers; leave it out for assistance offered unprompted. An unknown request answers 404.',
  })
  @IsOptional()
  @IsUUID()
  requestId?: string;

  @ApiProperty({
    example: 'au-assembly',
    description:
      'The body offering the assistance: a UN organ, department or programme, a regional body, or another member state (`member-state:<ISO3>`). Never the consenting state itself (400).',
  })
  @IsBody()
  offeredBy!: Body;

  @ApiProperty({ enum: ASSISTANCE_KINDS, isArray: true, minItems: 1, description: 'The kinds of assistance consented to, each once.' })
  @ArrayMinSize(1)
  @IsIn(ASSISTANCE_KINDS, { each: true })
  kinds!: AssistanceKind[];

  @ApiProperty({ example: 'The AU Panel of Eminent African Personalities' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  description!: string;
}

export class WithdrawConsentDto extends OccurredAtDto {
  @ApiProperty({
    example: 'Mediation concluded with the National Accord',
    description: 'Why consent is withdrawn; a blank reason is refused with 400.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  reason!: string;
}
