/** The little an event store needs from a PostgreSQL connection, whatever the driver. */
export interface SqlSession {
  /**
   * False when no transaction can be open while a statement outside one runs (the embedded store
   * runs one at a time): no write is then in flight while the global log is read.
   */
  readonly concurrentTransactions: boolean;
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (schema set-up). */
  exec(script: string): Promise<void>;
  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back
   * when it throws. A read model moves its rows and its checkpoint together this way.
   */
  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
  /**
   * Takes the lease `name` when no other session holds it: a session-level advisory lock on a
   * connection of its own, undefined when another holder has it. The database frees it when
   * that connection closes, so a holder that crashes passes the lease on without a timeout.
   */
  tryLease(name: string): Promise<Lease | undefined>;
  close(): Promise<void>;
}

/** Work only one process may do at a time (a context's relay), held until released or lost. */
export interface Lease {
  /** Resolves when the lease is gone without a release: its connection failed or closed. */
  readonly lost: Promise<void>;
  release(): Promise<void>;
}

/** A driver error carrying PostgreSQL's SQLSTATE. */
export function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
