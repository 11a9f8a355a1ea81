import type { Request } from 'express';

/** A request's route as declared (`/cases/:caseId/reports`), never its ids; `unmatched` when no route took it. */
export const routeOf = (request: Request): string => {
  const path = (request.route as { path?: unknown } | undefined)?.path;
  return typeof path === 'string' ? `${request.baseUrl}${path}` : 'unmatched';
};
