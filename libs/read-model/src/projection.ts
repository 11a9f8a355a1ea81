import { RecordedEvent, SqlSession } from '@rtop/event-store';
import { Context } from '@rtop/kernel';

/** Where a projection writes: one transaction, and the schema of the context that owns it. */
export interface ProjectionScope {
  readonly tx: SqlSession;
  /** The owning context's PostgreSQL schema; qualify every table with it. */
  readonly schema: string;
}

/**
 * A read model built from one context's own events. Its rows and its checkpoint move in the same
 * transaction, so a batch is applied exactly once whatever stops the process between batches;
 * `apply` must still be safe to run on an event it has seen, since a rebuild starts from zero.
 */
export interface Projection {
  /** Unique in the deployment (`<context>.<model>`); names its checkpoint and `--name` in a rebuild. */
  readonly name: string;
  /** The context whose store it follows and whose schema holds its tables. */
  readonly context: Context;
  /**
   * The shape of what its tables hold, a positive integer: bump it whenever setup() or apply()
   * changes what the tables hold. A runner that finds the database at a lower version drops the
   * tables and builds them again from the first event; at a higher one it refuses to start.
   */
  readonly version: number;
  /** Creates its tables if they are missing: idempotent, run at every start. */
  setup(schema: string): string;
  /** Every table its setup creates, dropped and created again by a rebuild. */
  readonly tables: readonly string[];
  /** Takes one batch of the context's global log, in order. */
  apply(events: readonly RecordedEvent[], scope: ProjectionScope): Promise<void>;
}
