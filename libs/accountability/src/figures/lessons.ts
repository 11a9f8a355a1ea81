import { TimelineEntry } from '../timeline/timeline-entry';

export interface Lesson {
  readonly lessonId: string;
  readonly caseId: string;
  readonly contributor: string;
  readonly lesson: string;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly eventId: string;
}

/**
 * The lessons recorded on a case, as the other organs published them. The Joint Office's copy of
 * each (`lesson-learned-noted`) is the same lesson fed back, so it is not counted again.
 */
export function lessonsOf(timeline: readonly TimelineEntry[]): readonly Lesson[] {
  return timeline
    .filter((entry) => entry.context === 'other-organs' && entry.type === 'lesson-recorded')
    .map((entry) => {
      const { lessonId, caseId, contributor, lesson } = entry.data as Pick<Lesson, 'lessonId' | 'caseId' | 'contributor' | 'lesson'>;
      return { lessonId, caseId, contributor, lesson, occurredAt: entry.occurredAt, recordedAt: entry.recordedAt, eventId: entry.eventId };
    });
}
