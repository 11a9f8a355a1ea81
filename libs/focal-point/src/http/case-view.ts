import { ApiProperty } from '@nestjs/swagger';
import { OpenedCase } from '../case/case';

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
  @ApiProperty({ description: 'Assessments drafted and not yet issued, with the review steps completed and outstanding.' }) drafts!: unknown[];
  @ApiProperty({ type: [String], description: 'Assessments issued.' }) assessmentIds!: string[];
  @ApiProperty({ description: 'Lessons the other organs fed back on the case.' }) lessons!: unknown[];
  @ApiProperty({ description: 'The stream revision; send it back as If-Match.' }) revision!: string;
}

export function caseView(state: OpenedCase, revision: bigint): CaseView {
  const assessments = [...state.assessments.values()];
  return {
    caseId: state.caseId,
    situation: state.situation,
    crimes: [...state.crimes],
    standing: { ...state.standing },
    reports: [...state.reports.values()].map(({ report, ...record }) => ({ ...report, ...record })),
    drafts: assessments.flatMap((a) =>
      a.status === 'draft'
        ? [
            {
              assessmentId: a.assessmentId,
              ...a.draft,
              draftedBy: a.draftedBy,
              reviewChecklist: a.reviewChecklist,
              completedSteps: [...a.completedSteps].map(([step, completedBy]) => ({ step, completedBy })),
              outstandingSteps: a.reviewChecklist.filter((step) => !a.completedSteps.has(step)),
            },
          ]
        : [],
    ),
    assessmentIds: assessments.filter((a) => a.status === 'issued').map((a) => a.assessmentId),
    lessons: [...state.lessons.values()],
    revision: revision.toString(),
  };
}
