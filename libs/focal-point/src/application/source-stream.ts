import { StreamKind } from '@rtop/commands';
import { EventStore } from '@rtop/event-store';
import { LoadedState, loadState } from '@rtop/kernel';
import { ReportSource, SourceReliability } from '../case/information-report';
import { Source, SourceCommand, currentReliability, sourceDecider, sourceKey } from '../source/source';
import { SourceEvent } from '../source/source-events';
import { FOCAL_POINT } from './case-stream';

/** A source's own stream, across every case it reports on. */
export const sourceStreamId = (source: ReportSource) => `${FOCAL_POINT}-source-${sourceKey(source)}`;

/**
 * A source's reliability history. Its events are kept, and published, under the case the grading
 * was made in.
 */
export const SOURCE_HISTORY: StreamKind<SourceCommand, SourceEvent, Source> = {
  context: FOCAL_POINT,
  decider: sourceDecider,
  addressOf: (command) => ({ streamId: sourceStreamId(command.source), caseId: command.caseId }),
};

export const loadSource = (store: EventStore, source: ReportSource): Promise<LoadedState<Source>> =>
  loadState(store, sourceDecider, sourceStreamId(source));

/** What a report filed now carries: the source's reliability as its history stands. */
export async function reliabilityNow(store: EventStore, source: ReportSource): Promise<SourceReliability> {
  return currentReliability((await loadSource(store, source)).state);
}
