import { ApiProperty } from '@nestjs/swagger';
import { RegionalFileEvent } from '../case/regional-case';

export class RegionalRecordedEventView {
  @ApiProperty() type!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: unknown;
}

export class RegionalCommandResult {
  @ApiProperty() caseId!: string;
  @ApiProperty({ required: false }) draftId?: string;
  @ApiProperty({ required: false }) reportId?: string;
  @ApiProperty({
    type: [RegionalRecordedEventView],
    description:
      'What was recorded, e.g. consensus-reached or regional-vote-taken followed by regional-decision-adopted (and article-53-conflict-recorded ' +
      'for an unauthorised Art. 4(h) intervention), consensus-failed, or regional-vote-taken with regional-decision-rejected.',
  })
  events!: RegionalRecordedEventView[];
  @ApiProperty() revision!: string;
}

export function commandResult(
  caseId: string,
  ids: { draftId?: string; reportId?: string },
  events: readonly RegionalFileEvent[],
  revision: bigint,
): RegionalCommandResult {
  return { caseId, ...ids, events: events.map(({ type, data }) => ({ type, data })), revision: revision.toString() };
}
