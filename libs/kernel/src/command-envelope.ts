import { Actor } from './actor';

/** What every command carries besides its own fields: who, and when (time is never read inside a decider). */
export interface CommandEnvelope {
  readonly actor: Actor;
  /** When the system received the command: its recorded time. */
  readonly at: Date;
  /**
   * When the act happened, for an act done off the system and entered later (a meeting, a vote,
   * a declaration, an observation); the received time when absent.
   */
  readonly occurredAt?: Date;
}

/** What every recorded event carries in its metadata: the published part of the event contract. */
export interface EventMetadata {
  readonly caseId: string;
  readonly context: string;
  readonly schemaVersion: number;
  readonly actor: Actor;
  /** When the act happened (the command's occurredAt, else when it was received). */
  readonly occurredAt: string;
  /** The event this one reacts to, for events written by a reaction. */
  readonly causationId?: string;
  /** The W3C trace context the event was recorded in, stamped at the store's edge: reactions continue its trace. */
  readonly traceparent?: string;
}

export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}
