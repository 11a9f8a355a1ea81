import { RecordedEvent } from '@rtop/event-store';
import { timelineStreamId } from '../timeline/timeline-streams';
import { TimelineEntry } from '../timeline/timeline-entry';

const TIMELINE_STREAM_PREFIX = timelineStreamId('');

export interface RecordedTimelineEntry {
  readonly caseId: string;
  /** Its revision in the case's timeline stream. */
  readonly seq: bigint;
  /** Its position in the context's global log: the order cases were first seen in. */
  readonly logged: bigint;
  readonly entry: TimelineEntry;
}

/** The timeline entries among a batch of the accountability context's events, in log order. */
export function timelineEntriesIn(events: readonly RecordedEvent[]): RecordedTimelineEntry[] {
  return events.flatMap((event) => {
    const caseId = event.streamId.startsWith(TIMELINE_STREAM_PREFIX) ? event.streamId.slice(TIMELINE_STREAM_PREFIX.length) : undefined;
    if (!caseId || event.type !== 'timeline-entry-recorded') return [];
    return [{ caseId, seq: event.revision, logged: event.checkpoint.position, entry: event.data as TimelineEntry }];
  });
}
