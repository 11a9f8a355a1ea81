/**
 * What a failure said, in full: an Error's message, and what else it carries: the cause fetch
 * gives ("fetch failed" says little alone), and what a command run with execFile wrote before it
 * failed.
 */
export function failureMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const parts = [error.message];
  if (error.cause !== undefined) parts.push(failureMessage(error.cause));
  if ('stdout' in error && typeof error.stdout === 'string') parts.push(error.stdout);
  if ('stderr' in error && typeof error.stderr === 'string') parts.push(error.stderr);
  return parts.filter((part) => part.length > 0).join('\n');
}
