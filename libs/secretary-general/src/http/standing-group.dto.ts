import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsBoolean, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { OccurredAtDto } from '@rtop/http';
import { OPTION_PILLARS } from '../pillar';
import { DEFAULT_MEETING_CADENCE_DAYS, STANDING_GROUP_ELIGIBLE } from '../case/standing-group';

export class ConveneStandingGroupDto extends OccurredAtDto {
  @ApiProperty({
    description:
      'The Secretary-General’s finding that the situation is at the verge of manifest failure (POST …/verge-of-manifest-failure-findings). Without one the group is not convened: 422 standing-group-at-verge-of-manifest-failure.',
  })
  @IsString()
  @IsNotEmpty()
  findingId!: string;

  @ApiProperty({
    enum: STANDING_GROUP_ELIGIBLE,
    isArray: true,
    description: 'Senior officials’ departments and agencies, at least one, each once; intergovernmental organs are refused with 400.',
    example: ['un-dpa', 'un-dpko', 'un-ocha', 'un-ohchr', 'un-undp', 'un-unhcr', 'un-unicef'],
  })
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  members!: string[];

  @ApiProperty({
    required: false,
    default: DEFAULT_MEETING_CADENCE_DAYS,
    minimum: 1,
    maximum: 365,
    description:
      'Days between meetings before a meeting is overdue. Configurable per group: the sources say only that such a group meets regularly, so the default of 7 days is a choice, not a rule of the sources.',
  })
  @IsOptional()
  @IsInt()
  meetingCadenceDays?: number;
}

export class HoldStandingGroupMeetingDto extends OccurredAtDto {
  @ApiProperty({
    enum: STANDING_GROUP_ELIGIBLE,
    isArray: true,
    description:
      'The members who attended, at least one, each a member of the group. The meeting is recorded as held at occurredAt (now when absent).',
  })
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  attendees!: string[];
}

export class TableOptionDto {
  @ApiProperty({ description: 'The meeting at which the option is tabled: one the group has held (else 404).' })
  @IsString()
  @IsNotEmpty()
  meetingId!: string;

  @ApiProperty({
    enum: OPTION_PILLARS,
    description: 'Pillar II (assistance) or III (timely and decisive response); pillar I is refused with 400.',
  })
  @IsString()
  pillar!: string;

  @ApiProperty({ description: 'What would be done.' })
  @IsString()
  @MaxLength(20_000)
  description!: string;

  @ApiProperty({ description: 'Whether the option is coercive; a coercive option belongs to pillar III (else 422).' })
  @IsBoolean()
  coercive!: boolean;

  @ApiProperty({ description: 'The assessment, as the Secretary-General received it, that the option answers.' })
  @IsString()
  @IsNotEmpty()
  assessmentId!: string;

  @ApiProperty({
    description:
      'The digest the assessment was received with. The group never filters the assessment: any other digest is refused with 422 (standing-group-never-filters-the-assessment).',
    example: 'sha256:…',
  })
  @IsString()
  @IsNotEmpty()
  assessmentDigest!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'The assessment as the group worked from it, if submitted: it must be the assessment as received, else 422 naming where it differs.',
  })
  @IsOptional()
  @IsObject()
  assessmentContent?: Record<string, unknown>;
}
