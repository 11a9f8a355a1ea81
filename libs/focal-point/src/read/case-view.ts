import { ApiProperty } from '@nestjs/swagger';
import { StoredCaseFile } from './case-files';

export class CaseFileCountsView {
  @ApiProperty({ description: 'Reports on the case, retracted ones included: `GET /cases/{caseId}/reports`.' }) reports!: number;
  @ApiProperty({ description: 'Assessments drafted and not yet issued: `GET /cases/{caseId}/assessment-drafts`.' }) drafts!: number;
  @ApiProperty({ description: 'Assessments issued: `GET /cases/{caseId}/assessments`.' }) assessmentsIssued!: number;
  @ApiProperty({ description: 'Lessons the other organs fed back: `GET /cases/{caseId}/lessons-learned`.' }) lessons!: number;
}

export class CaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ example: 'Kenya, post-election violence' }) situation!: string;
  @ApiProperty({ example: [{ crime: 'crimes-against-humanity', incitement: true }] }) crimes!: { crime: string; incitement: boolean }[];
  @ApiProperty({ description: 'active, under-monitoring or closed, with the reason given.', example: { kind: 'active' } })
  standing!: { kind: string; reason?: string };
  @ApiProperty({ type: CaseFileCountsView, description: 'How much of each part the file holds; each part is read a page at a time.' })
  counts!: CaseFileCountsView;
  @ApiProperty({ description: 'The stream revision; send it back as If-Match.' }) revision!: string;
}

export function caseView({ revision, ...file }: StoredCaseFile): CaseView {
  return { ...file, revision: revision.toString() };
}
