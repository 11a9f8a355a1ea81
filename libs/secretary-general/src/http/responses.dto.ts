import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsObject, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PILLARS } from '../pillar';
import { AUTHORISATION_KINDS, Authorisation, MEASURE_STATUSES } from '../responses/measure';

export class MeasureAuthorisationDto {
  @ApiProperty({
    enum: AUTHORISATION_KINDS,
    description:
      'What the measure rests on, as noted from the deciding body’s own events: a Security Council decision, a regional body’s decision, or a state’s request for or consent to assistance.',
  })
  @IsIn(AUTHORISATION_KINDS)
  kind!: Authorisation['kind'];

  @ApiProperty({
    required: false,
    description: 'For council-decision: the draftId of the adopted Council decision. For regional-decision: the regional decisionId.',
  })
  @ValidateIf((o: MeasureAuthorisationDto) => o.kind !== 'state-request-or-consent')
  @IsString()
  @IsNotEmpty()
  decisionId?: string;

  @ApiProperty({ required: false, description: 'For state-request-or-consent: the state, ISO 3166-1 alpha-3.', example: 'KEN' })
  @ValidateIf((o: MeasureAuthorisationDto) => o.kind === 'state-request-or-consent')
  @Matches(/^[A-Z]{3}$/)
  state?: string;

  @ApiProperty({
    required: false,
    description: 'For state-request-or-consent: the requestId of the state’s request, or the consentId of consent given unprompted.',
  })
  @ValidateIf((o: MeasureAuthorisationDto) => o.kind === 'state-request-or-consent')
  @IsString()
  @IsNotEmpty()
  requestOrConsentId?: string;
}

export function toAuthorisation(dto: MeasureAuthorisationDto): Authorisation {
  return dto.kind === 'state-request-or-consent'
    ? { kind: dto.kind, state: dto.state as string, requestOrConsentId: dto.requestOrConsentId as string }
    : { kind: dto.kind, decisionId: dto.decisionId as string };
}

export class RegisterMeasureDto {
  @ApiProperty({
    enum: PILLARS,
    description: 'I the state’s own responsibility, II international assistance, III timely and decisive response.',
  })
  @IsString()
  pillar!: string;

  @ApiProperty({
    description:
      'Whether the measure is coercive. Coercion belongs to pillar III and needs a Council determination of manifest failure and the Council’s authorisation of the implementing body (else 422).',
  })
  @IsBoolean()
  coercive!: boolean;

  @ApiProperty({ description: 'What is to be done.' })
  @IsString()
  @MaxLength(20_000)
  description!: string;

  @ApiProperty({ type: MeasureAuthorisationDto, description: 'The decision the measure rests on; one not noted on this case answers 404.' })
  @ValidateNested()
  @Type(() => MeasureAuthorisationDto)
  @IsObject()
  authorisation!: MeasureAuthorisationDto;

  @ApiProperty({
    description:
      'The body that carries the measure out and alone reports its status and outcome; a pillar I measure is carried out by the state (member-state:XXX).',
    example: 'au-psc',
  })
  @IsString()
  implementingBody!: string;
}

export class UpdateMeasureStatusDto {
  @ApiProperty({ enum: MEASURE_STATUSES, description: 'planned → under-way → completed | suspended; any other move answers 409.' })
  @IsString()
  status!: string;
}

export class RecordMeasureOutcomeDto {
  @ApiProperty({ description: 'What the measure achieved, or failed to. Each outcome is added to the record; none replaces another.' })
  @IsString()
  @MaxLength(20_000)
  outcome!: string;
}
