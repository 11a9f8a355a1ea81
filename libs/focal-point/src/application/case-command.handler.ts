import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { CommandOutcome, decideAndAppend, fold } from '@rtop/kernel';
import { Case, CaseCommand, caseDecider } from '../case/case';
import { CaseEvent } from '../case/case-events';

export const FOCAL_POINT = 'focal-point';
export const caseStreamId = (caseId: string) => `${FOCAL_POINT}-case-${caseId}`;

export class ExecuteCaseCommand extends Command<CommandOutcome<CaseEvent>> {
  constructor(
    readonly command: CaseCommand,
    readonly expectedRevision?: bigint,
    readonly idempotencyKey?: string,
  ) {
    super();
  }
}

@CommandHandler(ExecuteCaseCommand)
export class CaseCommandHandler implements ICommandHandler<ExecuteCaseCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ command, expectedRevision, idempotencyKey }: ExecuteCaseCommand): Promise<CommandOutcome<CaseEvent>> {
    return decideAndAppend(this.store, caseDecider, {
      streamId: caseStreamId(command.caseId),
      caseId: command.caseId,
      context: FOCAL_POINT,
      command,
      expectedRevision,
      idempotencyKey,
    });
  }
}

export async function loadCase(store: EventStore, caseId: string): Promise<{ state: Case; revision: bigint }> {
  const recorded = await store.readStream(caseStreamId(caseId));
  const state = fold(caseDecider, recorded.map((e) => ({ type: e.type, data: e.data }) as CaseEvent));
  return { state, revision: recorded.length ? recorded[recorded.length - 1].revision : -1n };
}
