import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { CommandOutcome, LoadedState, decideAndAppend, loadState } from '@rtop/kernel';
import { ReportSource, SourceReliability } from '../case/information-report';
import { GradeSource } from '../source/grade-source';
import { Source, currentReliability, sourceDecider, sourceKey } from '../source/source';
import { SourceEvent } from '../source/source-events';
import { FOCAL_POINT } from './case-command.handler';

/** A source's own stream, across every case it reports on. */
export const sourceStreamId = (source: ReportSource) => `${FOCAL_POINT}-source-${sourceKey(source)}`;

export class ExecuteSourceCommand extends Command<CommandOutcome<SourceEvent>> {
  constructor(
    readonly command: GradeSource,
    readonly expectedRevision?: bigint,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteSourceCommand)
export class SourceCommandHandler implements ICommandHandler<ExecuteSourceCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ command, expectedRevision, idempotencyKey }: ExecuteSourceCommand): Promise<CommandOutcome<SourceEvent>> {
    return decideAndAppend(this.store, sourceDecider, {
      streamId: sourceStreamId(command.source),
      // The case the grading was made in: every event is kept, and published, under a case.
      caseId: command.caseId,
      context: FOCAL_POINT,
      command,
      expectedRevision,
      idempotencyKey,
    });
  }
}

export const loadSource = (store: EventStore, source: ReportSource): Promise<LoadedState<Source>> =>
  loadState(store, sourceDecider, sourceStreamId(source));

/** What a report filed now carries: the source's reliability as its history stands. */
export async function reliabilityNow(store: EventStore, source: ReportSource): Promise<SourceReliability> {
  return currentReliability((await loadSource(store, source)).state);
}
