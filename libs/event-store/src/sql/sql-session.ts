/** The little an event store needs from a PostgreSQL connection, whatever the driver. */
export interface SqlSession {
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a script of several statements (schema set-up). */
  exec(script: string): Promise<void>;
  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back
   * when it throws. A read model moves its rows and its checkpoint together this way.
   */
  transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A driver error carrying PostgreSQL's SQLSTATE. */
export function sqlStateOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
