import { Command } from '@nestjs/cqrs';
import { CommandEnvelope, CommandOutcome, DomainEvent } from '@rtop/kernel';
import { StreamKind } from './stream-kind';

export interface StreamCommandOptions {
  /** The revision the caller last saw (If-Match). */
  readonly expectedRevision?: bigint;
  /** The caller's key for a request it may send again (Idempotency-Key). */
  readonly idempotencyKey?: string;
  /** The request the key came with, as the caller sent it: what a replay must match. */
  readonly requestDigest?: string;
  /** The event a reaction's command answers. */
  readonly causationId?: string;
}

/** A command on one stream of a context, from a controller or a reaction: the one write path. */
export class ExecuteOnStream<C extends CommandEnvelope, E extends DomainEvent, S> extends Command<CommandOutcome<E>> {
  constructor(
    readonly kind: StreamKind<C, E, S>,
    readonly command: C,
    readonly options: StreamCommandOptions = {},
  ) {
    super();
  }
}
