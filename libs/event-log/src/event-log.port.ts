import { EventStore } from '@rtop/event-store';
import { LoggedEvent } from './logged-event';

export interface LogSubscription {
  stop(): Promise<void>;
}

export interface SubscribeOptions {
  /** The consumer group: its members share the work, and its position survives restarts. */
  readonly group: string;
  /** The producing contexts whose events to receive. */
  readonly contexts: readonly string[];
  /** Called at least once per event, in order per case; must be idempotent. */
  readonly handle: (event: LoggedEvent) => Promise<void>;
}

/** The event log between bounded contexts: Kafka in distributed runs, in-process in standalone. */
export interface EventLog {
  /**
   * Puts a context's events on the log from its store, the outbox: relayed to the broker, or
   * read from the store directly when the log is in-process.
   */
  attach(context: string, store: EventStore): LogSubscription;
  subscribe(options: SubscribeOptions): Promise<LogSubscription>;
  close(): Promise<void>;
}

export const EVENT_LOG = Symbol('EventLog');
