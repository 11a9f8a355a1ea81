import { RecordedEvent } from '@rtop/event-store';
import { EventMetadata } from '@rtop/kernel';
import { LessonRecorded } from '../case/other-organs-events';

/** A lesson as recorded, with when its contributor recorded it. */
export type LessonEntry = LessonRecorded['data'] & { readonly occurredAt: string };

/** The lesson a recorded event carries, or nothing when it carries none. */
export function lessonEntry(event: Pick<RecordedEvent, 'type' | 'data' | 'metadata'>): LessonEntry | undefined {
  if (event.type !== 'lesson-recorded') return undefined;
  const { lessonId, caseId, contributor, lesson } = event.data as LessonRecorded['data'];
  return { lessonId, caseId, contributor, lesson, occurredAt: (event.metadata as unknown as EventMetadata).occurredAt };
}
