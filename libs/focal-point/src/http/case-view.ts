import { ApiProperty } from '@nestjs/swagger';
import { StoredCaseFile } from '../read/case-files';

export class CaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty() situation!: string;
  @ApiProperty() crimes!: { crime: string; incitement: boolean }[];
  @ApiProperty({ description: 'active, under-monitoring or closed, with the reason given.' }) standing!: { kind: string; reason?: string };
  @ApiProperty({
    description:
      'Reports as they now read, protected sources by pseudonym only, each with its moderation, verification, corrections and retraction (retracted reports stay in the record).',
  })
  reports!: unknown[];
  @ApiProperty({ description: 'Assessments drafted and not yet issued, with the review steps completed and outstanding.' })
  drafts!: unknown[];
  @ApiProperty({ type: [String], description: 'Assessments issued.' }) assessmentIds!: string[];
  @ApiProperty({ description: 'Lessons the other organs fed back on the case.' }) lessons!: unknown[];
  @ApiProperty({ description: 'The stream revision; send it back as If-Match.' }) revision!: string;
}

export function caseView(file: StoredCaseFile): CaseView {
  const { revision, drafts, ...parts } = file;
  return {
    ...parts,
    drafts: drafts.map((draft) => ({
      ...draft,
      outstandingSteps: draft.reviewChecklist.filter((step) => !draft.completedSteps.some((done) => done.step === step)),
    })),
    revision: revision.toString(),
  };
}
