import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { EventStore } from '@rtop/event-store';
import { Actor, isAuditor } from '@rtop/kernel';
import { Request } from 'express';
import { Observable, from, switchMap } from 'rxjs';
import { ACCESS_LOG, recordAuditorRead } from './access-log';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The case a read is about: a `caseId` in the path, or else in the query. */
function caseIdOf(request: Request): string | null {
  // Express leaves out a parameter the route does not have, whatever its types say.
  const candidate: unknown = (request.params as Partial<Record<string, string>>).caseId ?? request.query.caseId;
  return typeof candidate === 'string' && UUID.test(candidate) ? candidate.toLowerCase() : null;
}

/** Every read by an auditor is written to the access log before it is answered. */
@Injectable()
export class AuditorReadInterceptor implements NestInterceptor {
  constructor(@Inject(ACCESS_LOG) private readonly log: EventStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
    const actor = request.actor;
    if (context.getType() !== 'http' || request.method !== 'GET' || !actor || !isAuditor(actor)) return next.handle();
    const read = {
      reader: actor,
      caseId: caseIdOf(request),
      operation: `GET ${(request.route as { path?: string } | undefined)?.path ?? request.path}`,
      request: request.originalUrl.slice(0, 2048),
      at: new Date(),
    };
    return from(recordAuditorRead(this.log, read)).pipe(switchMap(() => next.handle()));
  }
}
