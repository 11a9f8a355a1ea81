import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { CommandOutcome, decideAndAppend } from '@rtop/kernel';
import { GeneralAssemblyCommand, generalAssemblyDecider } from '../case/general-assembly-case';
import { GeneralAssemblyEvent } from '../case/general-assembly-events';

export const GENERAL_ASSEMBLY = 'general-assembly';
export const generalAssemblyStreamId = (caseId: string) => `${GENERAL_ASSEMBLY}-case-${caseId}`;

export class ExecuteGeneralAssemblyCommand extends Command<CommandOutcome<GeneralAssemblyEvent>> {
  constructor(
    readonly caseId: string,
    readonly command: GeneralAssemblyCommand,
    readonly options: { expectedRevision?: bigint; idempotencyKey?: string; causationId?: string } = {},
  ) {
    super();
  }
}

@CommandHandler(ExecuteGeneralAssemblyCommand)
export class GeneralAssemblyCommandHandler implements ICommandHandler<ExecuteGeneralAssemblyCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ caseId, command, options }: ExecuteGeneralAssemblyCommand): Promise<CommandOutcome<GeneralAssemblyEvent>> {
    return decideAndAppend(this.store, generalAssemblyDecider, {
      streamId: generalAssemblyStreamId(caseId),
      caseId,
      context: GENERAL_ASSEMBLY,
      command,
      ...options,
    });
  }
}
