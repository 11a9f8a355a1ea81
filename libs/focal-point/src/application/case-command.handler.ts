import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { CommandOutcome, LoadedState, decideAndAppend, loadState } from '@rtop/kernel';
import { Case, CaseCommand, caseDecider } from '../case/case';
import { CaseEvent } from '../case/case-events';

export const FOCAL_POINT = 'focal-point';
export const caseStreamId = (caseId: string) => `${FOCAL_POINT}-case-${caseId}`;

export class ExecuteCaseCommand extends Command<CommandOutcome<CaseEvent>> {
  constructor(
    readonly command: CaseCommand,
    readonly expectedRevision?: bigint,
    readonly idempotencyKey?: string,
    /** The event this command reacts to, when another context's event caused it. */
    readonly causationId?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteCaseCommand)
export class CaseCommandHandler implements ICommandHandler<ExecuteCaseCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ command, expectedRevision, idempotencyKey, causationId }: ExecuteCaseCommand): Promise<CommandOutcome<CaseEvent>> {
    return decideAndAppend(this.store, caseDecider, {
      streamId: caseStreamId(command.caseId),
      caseId: command.caseId,
      context: FOCAL_POINT,
      command,
      expectedRevision,
      idempotencyKey,
      causationId,
    });
  }
}

export const loadCase = (store: EventStore, caseId: string): Promise<LoadedState<Case>> =>
  loadState(store, caseDecider, caseStreamId(caseId));
