import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { CommandOutcome, decideAndAppend } from '@rtop/kernel';
import { CouncilCaseCommand, councilCaseDecider } from '../case/council-case';
import { CouncilCaseEvent } from '../case/council-case-events';

export const SECURITY_COUNCIL = 'security-council';
export const securityCouncilStreamId = (caseId: string) => `${SECURITY_COUNCIL}-case-${caseId}`;

export class ExecuteSecurityCouncilCommand extends Command<CommandOutcome<CouncilCaseEvent>> {
  constructor(
    readonly command: CouncilCaseCommand,
    readonly options: { expectedRevision?: bigint; idempotencyKey?: string; causationId?: string } = {},
  ) {
    super();
  }
}

@CommandHandler(ExecuteSecurityCouncilCommand)
export class SecurityCouncilCommandHandler implements ICommandHandler<ExecuteSecurityCouncilCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ command, options }: ExecuteSecurityCouncilCommand): Promise<CommandOutcome<CouncilCaseEvent>> {
    return decideAndAppend(this.store, councilCaseDecider, {
      streamId: securityCouncilStreamId(command.caseId),
      caseId: command.caseId,
      context: SECURITY_COUNCIL,
      command,
      ...options,
    });
  }
}
