import { CommandEnvelope, Decider, DomainEvent } from '@rtop/kernel';

/** Where a command's events go: the stream, and the case it belongs to. */
export interface StreamAddress {
  readonly streamId: string;
  readonly caseId: string;
}

/**
 * A kind of stream a context keeps: its decider, and the stream a command addresses. It is all a
 * context declares for its commands to take the one write path.
 */
export interface StreamKind<Command extends CommandEnvelope, Event extends DomainEvent, State> {
  readonly context: string;
  readonly decider: Decider<Command, Event, State>;
  readonly addressOf: (command: Command) => StreamAddress;
}
