import { EventStore, NewEvent, RecordedEvent } from '@rtop/event-store';
import { EventMetadata, deterministicUuid } from '@rtop/kernel';
import { LessonRecorded } from '../case/other-organs-events';
import { OTHER_ORGANS } from './other-organs-command.handler';

/** Every lesson on every case, in the order recorded: the register that lets like cases be compared. */
export const LESSONS_ACROSS_CASES = `${OTHER_ORGANS}-lessons`;

/** A lesson as recorded, with when its contributor recorded it. */
export type LessonEntry = LessonRecorded['data'] & { readonly occurredAt: string };

export function lessonEntry(event: Pick<RecordedEvent, 'type' | 'data' | 'metadata'>): LessonEntry | undefined {
  if (event.type !== 'lesson-recorded') return undefined;
  const { lessonId, caseId, contributor, lesson } = event.data as LessonRecorded['data'];
  return { lessonId, caseId, contributor, lesson, occurredAt: (event.metadata as unknown as EventMetadata).occurredAt };
}

/**
 * The register's copy of a lesson just recorded on a case. Its id derives from the recorded
 * event's, so a redelivered event appends nothing. It is a copy, not a second lesson: it has a
 * type of its own, so whoever follows `lesson-recorded` (the Joint Office's feed) counts each
 * lesson once.
 */
export function lessonIndexEntry(event: RecordedEvent): NewEvent | undefined {
  const entry = lessonEntry(event);
  if (!entry) return undefined;
  const metadata = event.metadata as unknown as EventMetadata;
  return {
    eventId: deterministicUuid(`lesson-index|${event.eventId}`),
    type: 'lesson-indexed',
    data: entry,
    metadata: {
      caseId: entry.caseId,
      context: OTHER_ORGANS,
      schemaVersion: 1,
      actor: metadata.actor,
      occurredAt: metadata.occurredAt,
      causationId: event.eventId,
    },
  };
}

export async function indexLesson(store: EventStore, event: RecordedEvent): Promise<void> {
  const entry = lessonIndexEntry(event);
  if (entry) await store.append(LESSONS_ACROSS_CASES, [entry], 'any');
}
