/**
 * What a log line says of a failure: its message only. A driver's error carries more (the
 * statement, the failing row), and a log line never shows a payload.
 */
export function reasonOf(error: unknown): string {
  // By its shape: an error from another realm (a socket's, under a test's VM context) is no `instanceof Error`.
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : 'a value that is not an Error was thrown';
}
