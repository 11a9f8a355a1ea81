import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { CommandOutcome, decideAndAppend } from '@rtop/kernel';
import { OtherOrgansCommand, otherOrgansDecider } from '../case/other-organs-case';
import { OtherOrgansEvent } from '../case/other-organs-events';

export const OTHER_ORGANS = 'other-organs';
export const otherOrgansStreamId = (caseId: string) => `${OTHER_ORGANS}-case-${caseId}`;

export class ExecuteOtherOrgansCommand extends Command<CommandOutcome<OtherOrgansEvent>> {
  constructor(
    readonly command: OtherOrgansCommand,
    readonly options: { expectedRevision?: bigint; idempotencyKey?: string } = {},
  ) {
    super();
  }
}

@CommandHandler(ExecuteOtherOrgansCommand)
export class OtherOrgansCommandHandler implements ICommandHandler<ExecuteOtherOrgansCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ command, options }: ExecuteOtherOrgansCommand): Promise<CommandOutcome<OtherOrgansEvent>> {
    return decideAndAppend(this.store, otherOrgansDecider, {
      streamId: otherOrgansStreamId(command.caseId),
      caseId: command.caseId,
      context: OTHER_ORGANS,
      command,
      ...options,
    });
  }
}
