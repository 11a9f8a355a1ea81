import { EventStore, NewEvent } from '@rtop/event-store';
import { deterministicUuid } from '@rtop/kernel';

export const ACCOUNTABILITY = 'accountability';
export const timelineStreamId = (caseId: string) => `${ACCOUNTABILITY}-timeline-${caseId}`;

/** Every case the accountability context holds a timeline for, each once, in the order first seen. */
export const caseIndexStreamId = () => `${ACCOUNTABILITY}-cases`;

/**
 * The index entry for a case. Its id derives from the case alone, so it is written once however
 * often it is appended. It is appended after the case's timeline entries until the process has
 * seen it written (and again once a restarted process meets the case), so a crash between the
 * two appends is repaired by the next delivery: the event comes again to a process that has not
 * seen the entry written. Reads go to the timeline table (read-side/); the index stays for
 * whoever follows the log.
 */
export function caseIndexed(caseId: string, causationId: string): NewEvent {
  return {
    eventId: deterministicUuid(`case-indexed|${caseId}`),
    type: 'case-indexed',
    data: { caseId },
    metadata: { caseId, context: ACCOUNTABILITY, schemaVersion: 1, causationId },
  };
}

export async function indexedCaseIds(store: EventStore): Promise<readonly string[]> {
  return (await store.readStream(caseIndexStreamId())).map((event) => (event.data as { caseId: string }).caseId);
}
