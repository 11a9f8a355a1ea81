import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { CommandOutcome, decideAndAppend } from '@rtop/kernel';
import { MemberStatesCommand, memberStatesDecider } from '../case/member-states-case';
import { MemberStatesEvent } from '../case/member-states-events';

export const MEMBER_STATES = 'member-states';
export const memberStatesStreamId = (caseId: string) => `${MEMBER_STATES}-case-${caseId}`;

export class ExecuteMemberStatesCommand extends Command<CommandOutcome<MemberStatesEvent>> {
  constructor(
    readonly command: MemberStatesCommand,
    readonly options: { expectedRevision?: bigint; idempotencyKey?: string } = {},
  ) {
    super();
  }
}

@CommandHandler(ExecuteMemberStatesCommand)
export class MemberStatesCommandHandler implements ICommandHandler<ExecuteMemberStatesCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ command, options }: ExecuteMemberStatesCommand): Promise<CommandOutcome<MemberStatesEvent>> {
    return decideAndAppend(this.store, memberStatesDecider, {
      streamId: memberStatesStreamId(command.caseId),
      caseId: command.caseId,
      context: MEMBER_STATES,
      command,
      ...options,
    });
  }
}
