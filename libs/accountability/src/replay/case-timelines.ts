import { EventStore, NewEvent } from '@rtop/event-store';
import { deterministicUuid } from '@rtop/kernel';
import { ACCOUNTABILITY, timelineStreamId } from '../timeline/record-timeline-entry';
import { TimelineEntry } from '../timeline/timeline-entry';

/** Every case the accountability context holds a timeline for, each once, in the order first seen. */
export const caseIndexStreamId = () => `${ACCOUNTABILITY}-cases`;

/**
 * The index entry for a case. Its id derives from the case alone, so appending it with every
 * timeline entry writes it once, and a crash between the two appends is repaired by the next one.
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

/** A case's timeline entries as recorded; empty when the case has none. */
export async function readTimeline(store: EventStore, caseId: string): Promise<readonly TimelineEntry[]> {
  return (await store.readStream(timelineStreamId(caseId))).map((event) => event.data as TimelineEntry);
}

export interface ReplayProgress {
  /** Cases replayed so far, this one included. */
  readonly done: number;
  readonly total: number;
  readonly caseId: string;
}

export interface ReplayOptions {
  /** The cases to replay; every indexed case when absent. */
  readonly caseIds?: readonly string[];
  /** Called after each case, so a long replay over many cases can show how far it has come. */
  readonly onProgress?: (progress: ReplayProgress) => void;
}

/**
 * Reads the cases' timelines one at a time and hands each to `visit`, so a replay over many
 * cases holds one timeline in memory at once. Returns what `visit` returned, case by case.
 */
export async function replayCases<T>(
  store: EventStore,
  visit: (caseId: string, entries: readonly TimelineEntry[]) => T,
  options: ReplayOptions = {},
): Promise<T[]> {
  const caseIds = options.caseIds ?? (await indexedCaseIds(store));
  const results: T[] = [];
  for (const [index, caseId] of caseIds.entries()) {
    results.push(visit(caseId, await readTimeline(store, caseId)));
    options.onProgress?.({ done: index + 1, total: caseIds.length, caseId });
  }
  return results;
}
