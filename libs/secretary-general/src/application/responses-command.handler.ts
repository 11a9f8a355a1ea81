import { Inject } from '@nestjs/common';
import { Command, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { CommandOutcome, decideAndAppend } from '@rtop/kernel';
import { ResponsesCommand, responsesDecider } from '../responses/responses';
import { ResponsesEvent } from '../responses/responses-events';
import { SECRETARY_GENERAL } from './secretary-general-command.handler';

/** The responses to a case, in a stream of their own: implementing bodies report on them, not only the Secretary-General. */
export const responsesStreamId = (caseId: string) => `${SECRETARY_GENERAL}-responses-${caseId}`;

export class ExecuteResponsesCommand extends Command<CommandOutcome<ResponsesEvent>> {
  constructor(
    readonly caseId: string,
    readonly command: ResponsesCommand,
    readonly options: { expectedRevision?: bigint; idempotencyKey?: string; causationId?: string } = {},
  ) {
    super();
  }
}

@CommandHandler(ExecuteResponsesCommand)
export class ResponsesCommandHandler implements ICommandHandler<ExecuteResponsesCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ caseId, command, options }: ExecuteResponsesCommand): Promise<CommandOutcome<ResponsesEvent>> {
    return decideAndAppend(this.store, responsesDecider, {
      streamId: responsesStreamId(caseId),
      caseId,
      context: SECRETARY_GENERAL,
      command,
      ...options,
    });
  }
}
