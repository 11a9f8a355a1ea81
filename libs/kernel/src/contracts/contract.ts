import { z } from 'zod';
import { InvalidCommand } from '../domain-error';

/** A type whose every field, at every depth, is read-only: what a producer hands over and a consumer reads. */
export type DeepReadonly<T> = T extends (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A published event as a consumer receives it from the log (a LoggedEvent fits). */
export interface PublishedEnvelope {
  readonly eventId: string;
  readonly context: string;
  readonly type: string;
  readonly caseId?: string;
  readonly data: unknown;
  readonly metadata: Readonly<Record<string, unknown>>;
}

/** One version of a contract's data: its schema and, from version 2, how the version before it becomes this one. */
export interface ContractVersion {
  readonly version: number;
  readonly schema: z.ZodType;
  /** Turns data valid under the version before into data of this version; the envelope supplies what the data lacked. */
  readonly upcast?: (previous: never, event: PublishedEnvelope) => unknown;
}

/**
 * An event a context publishes for others: declared once, with its name, producing context,
 * current version, TypeScript type (`DataOf`) and the runtime schema of every version it has had.
 */
export interface PublishedContract<Type extends string = string, Data = unknown> {
  readonly context: string;
  readonly type: Type;
  /** The version producers write now: `metadata.schemaVersion`, `rtopschemaversion`, the `.vN` of the CloudEvent type. */
  readonly version: number;
  /** Every version, oldest first, the last being `version`. */
  readonly versions: readonly ContractVersion[];
  /** Phantom: the current version's data, for `DataOf`. */
  readonly __data?: Data;
}

/** The data of a contract's current version. */
export type DataOf<C> = C extends PublishedContract<string, infer Data> ? Data : never;

/** A producer's event under a published contract: its data must fit the contract's, or tsc refuses it. */
export interface PublishedEvent<C extends PublishedContract, Data extends DataOf<C> = DataOf<C>> {
  readonly type: C['type'];
  readonly data: Data;
}

/** Version 1 of a published event. */
export function publishedEvent<const Type extends string, S extends z.ZodType>(
  context: string,
  type: Type,
  schema: S,
): PublishedContract<Type, DeepReadonly<z.output<S>>> {
  return { context, type, version: 1, versions: [{ version: 1, schema }] };
}

/**
 * The next version of a published event, with the one upcaster that turns the version before
 * into it. Consumers read every older version through the chain; producers write the newest.
 */
export function nextVersion<Type extends string, Previous, S extends z.ZodType>(
  previous: PublishedContract<Type, Previous>,
  schema: S,
  upcast: (previous: Previous, event: PublishedEnvelope) => z.input<S>,
): PublishedContract<Type, DeepReadonly<z.output<S>>> {
  const version = previous.version + 1;
  return {
    context: previous.context,
    type: previous.type,
    version,
    versions: [...previous.versions, { version, schema, upcast }],
  };
}

/** The schema version an event's metadata declares; events written before versions were recorded are version 1. */
export function schemaVersionOf(event: Pick<PublishedEnvelope, 'metadata'>): number {
  return Number(event.metadata.schemaVersion ?? 1);
}

/**
 * A published event's data as the contract's current version, whatever version it was written
 * in: validated against the schema of the version it declares, then upcast one version at a
 * time. Data that fits no schema, or a version this consumer does not know, is refused with
 * a DomainError, so a reaction logs the event and passes over it rather than retrying it for ever.
 */
export function readPublished<C extends PublishedContract>(event: PublishedEnvelope, contract: C): DataOf<C> {
  const name = `${contract.context}/${contract.type}`;
  if (event.context !== contract.context || event.type !== contract.type) {
    throw new InvalidCommand('published-contract', `${event.context}/${event.type} ${event.eventId} is not a ${name} event`);
  }
  const declared = schemaVersionOf(event);
  const start = contract.versions.findIndex((v) => v.version === declared);
  if (start < 0) {
    throw new InvalidCommand(
      'published-contract',
      `${name} ${event.eventId} is schema version ${declared}; this consumer reads versions 1 to ${contract.version}`,
    );
  }
  let data = parse(contract.versions[start], event.data, name, event.eventId);
  for (const next of contract.versions.slice(start + 1)) {
    data = parse(next, (next.upcast as (previous: unknown, event: PublishedEnvelope) => unknown)(data, event), name, event.eventId);
  }
  return data as DataOf<C>;
}

function parse(version: ContractVersion, data: unknown, name: string, eventId: string): unknown {
  const result = version.schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '$'}: ${i.message}`).join('; ');
  throw new InvalidCommand('published-contract', `${name} ${eventId} does not fit schema version ${version.version}: ${issues}`);
}
