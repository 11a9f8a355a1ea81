import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { CommandOutcome, decideAndAppend } from '@rtop/kernel';
import { SecretaryGeneralCommand, secretaryGeneralDecider } from '../case/secretary-general-case';
import { SecretaryGeneralEvent } from '../case/secretary-general-events';

export const SECRETARY_GENERAL = 'secretary-general';
export const secretaryGeneralStreamId = (caseId: string) => `${SECRETARY_GENERAL}-case-${caseId}`;

export class ExecuteSecretaryGeneralCommand extends Command<CommandOutcome<SecretaryGeneralEvent>> {
  constructor(
    readonly caseId: string,
    readonly command: SecretaryGeneralCommand,
    readonly options: { expectedRevision?: bigint; idempotencyKey?: string; causationId?: string } = {},
  ) {
    super();
  }
}

@CommandHandler(ExecuteSecretaryGeneralCommand)
export class SecretaryGeneralCommandHandler implements ICommandHandler<ExecuteSecretaryGeneralCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ caseId, command, options }: ExecuteSecretaryGeneralCommand): Promise<CommandOutcome<SecretaryGeneralEvent>> {
    return decideAndAppend(this.store, secretaryGeneralDecider, {
      streamId: secretaryGeneralStreamId(caseId),
      caseId,
      context: SECRETARY_GENERAL,
      command,
      ...options,
    });
  }
}
