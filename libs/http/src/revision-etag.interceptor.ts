import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Response } from 'express';
import { Observable, tap } from 'rxjs';

/** Every answer that carries the stream's revision sends it as the ETag too, to come back as If-Match. */
@Injectable()
export class RevisionETagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      tap((body: unknown) => {
        if (context.getType() !== 'http') return;
        const revision = (body as { revision?: unknown } | null)?.revision;
        const response = context.switchToHttp().getResponse<Response>();
        if (typeof revision === 'string' && /^-?\d+$/.test(revision) && !response.headersSent && !response.getHeader('ETag')) {
          response.setHeader('ETag', `"${revision}"`);
        }
      }),
    );
  }
}
