import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { PinoLogger } from 'nestjs-pino';
import type { Observable } from 'rxjs';
import type { Actor } from '@rtop/kernel';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Once the caller is authenticated, the request's log lines say which body acted, in which role,
 * on which case. Not the person: a name is personal data, and the body and the trace suffice to
 * find the event, which names them.
 */
@Injectable()
export class LogRequestContext implements NestInterceptor {
  constructor(private readonly logger: PinoLogger) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() === 'http') {
      const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
      const caseId = request.params.caseId;
      const fields = {
        ...(request.actor ? { actor: { body: request.actor.body, role: request.actor.role } } : {}),
        // A path segment that is not a case id is the caller's text: it is not written down.
        ...(typeof caseId === 'string' && UUID.test(caseId) ? { caseId: caseId.toLowerCase() } : {}),
      };
      if (Object.keys(fields).length) this.logger.assign(fields);
    }
    return next.handle();
  }
}
