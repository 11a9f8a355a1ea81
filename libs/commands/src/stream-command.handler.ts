import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CONTEXT_STORES, ContextStores } from '@rtop/event-store';
import { CommandEnvelope, CommandOutcome, DomainEvent, decideAndAppend } from '@rtop/kernel';
import { ExecuteOnStream } from './execute-on-stream';

/** Runs every context's commands: loads the stream's state, lets its decider decide, appends. */
@CommandHandler(ExecuteOnStream)
export class StreamCommandHandler implements ICommandHandler<ExecuteOnStream<CommandEnvelope, DomainEvent, unknown>> {
  constructor(@Inject(CONTEXT_STORES) private readonly stores: ContextStores) {}

  execute({ kind, command, options }: ExecuteOnStream<CommandEnvelope, DomainEvent, unknown>): Promise<CommandOutcome<DomainEvent>> {
    const store = this.stores.get(kind.context);
    if (!store) throw new Error(`context ${kind.context} does not run in this process`);
    return decideAndAppend(store, kind.decider, { ...kind.addressOf(command), context: kind.context, command, ...options });
  }
}
