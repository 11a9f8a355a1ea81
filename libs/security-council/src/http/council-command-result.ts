import { ApiProperty } from '@nestjs/swagger';

export class RecordedEventView {
  @ApiProperty({ example: 'vote-cast' }) type!: string;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: unknown;
}

export class CouncilCommandResult {
  @ApiProperty() caseId!: string;
  @ApiProperty() draftId!: string;
  @ApiProperty({
    type: [RecordedEventView],
    description:
      'The events recorded, e.g. vote-cast with any obligatory-abstention-warning-recorded or pledge-breached; vote-closed with council-decision-adopted, draft-failed, draft-vetoed or emergency-special-session-requested.',
  })
  events!: RecordedEventView[];
  @ApiProperty({ description: 'The stream revision after the command; also the ETag.' }) revision!: string;
}
