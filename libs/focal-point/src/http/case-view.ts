import { ApiProperty } from '@nestjs/swagger';
import { OpenedCase } from '../case/case';

export class CaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty() situation!: string;
  @ApiProperty() crimes!: { crime: string; incitement: boolean }[];
  @ApiProperty({ description: 'Reports as recorded: protected sources by pseudonym only.' }) reports!: unknown[];
  @ApiProperty({ type: [String] }) assessmentIds!: string[];
  @ApiProperty({ description: 'The stream revision; send it back as If-Match.' }) revision!: string;
}

export function caseView(state: OpenedCase, revision: bigint): CaseView {
  return {
    caseId: state.caseId,
    situation: state.situation,
    crimes: [...state.crimes],
    reports: [...state.reports.values()],
    assessmentIds: [...state.assessmentIds],
    revision: revision.toString(),
  };
}
