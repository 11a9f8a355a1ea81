import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { InvalidAppend, PartialDuplicateAppend, WrongExpectedVersion } from '@rtop/event-store';
import { DomainError } from '@rtop/kernel';
import { Request, Response } from 'express';
import type { Problem } from './api-errors';
import { reachedOperation } from './body-media-type.guard';
import { EdgeRefusal } from './edge-refusal';
import { FieldError, RequestInvalid } from './request-invalid';

const STATUS: Record<DomainError['kind'], number> = {
  invalid: 400,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  'rule-violated': 422,
};

const TITLE: Record<number, string> = {
  400: 'Invalid request',
  401: 'Not authenticated',
  403: 'Outside the caller’s remit',
  404: 'Not found',
  405: 'Method not allowed',
  409: 'Conflict',
  413: 'Body too large',
  415: 'Unsupported media type',
  422: 'A rule forbids it',
  429: 'Too many requests',
  500: 'Internal error',
  503: 'Unavailable',
};

/** The rule a framework refusal (a guard, a pipe, the router, a limit) enforces, by its status. */
const RULE: Record<number, string> = {
  400: 'invalid-request',
  401: 'bearer-token',
  403: 'remit',
  404: 'not-found',
  405: 'method-not-allowed',
  409: 'conflict',
  413: 'body-too-large',
  415: 'unsupported-media-type',
  422: 'rule-violated',
  429: 'rate-limit',
};

const INTERNAL = 'an internal error; it is logged, and nothing about it is shown here';

export const PROBLEM_JSON = 'application/problem+json';

const problem = (status: number, rule: string, detail: string, errors?: readonly FieldError[]): Problem => ({
  type: `urn:rtop:rule:${rule}`,
  title: TITLE[status] ?? (status >= 500 ? TITLE[500] : TITLE[400]),
  status,
  detail,
  rule,
  ...(errors ? { errors } : {}),
});

/** A framework message may name its own classes ("ThrottlerException: …"); the caller needs the sentence only. */
const withoutClassNames = (message: string) => message.replace(/\b[A-Z]\w*(?:Exception|Error)\b:?\s*/g, '').trim();

function messageOf(exception: HttpException): string {
  const payload = exception.getResponse();
  const message = typeof payload === 'string' ? payload : (payload as { message?: unknown }).message;
  return withoutClassNames(Array.isArray(message) ? message.join('; ') : typeof message === 'string' ? message : exception.message);
}

/**
 * A failure as it may be logged: its class, its code and its message, then its frames. Never the
 * error object itself: a driver's error carries the statement, its parameters and the failing
 * row (PostgreSQL's `detail`), that is the event's payload with the names in it.
 */
export function failureOf(error: unknown): [summary: string, frames: string] {
  // By its shape: an error from another realm (a driver's socket, a VM context) is no `instanceof Error`.
  const failure = error as (Error & { code?: unknown }) | null | undefined;
  if (typeof failure?.message !== 'string') return ['a value that is not an Error was thrown', ''];
  const code = typeof failure.code === 'string' ? ` ${failure.code}` : '';
  const frames = failure.stack?.split('\n').filter((line) => /^\s+at /.test(line)) ?? [];
  // A copy (as a logger may hold) has lost its class, and says nothing of it; a prototype-less object has none.
  const className = (failure as { constructor?: { name?: string } }).constructor?.name;
  const type = className && className !== 'Object' ? `${className}${code}: ` : code ? `${code.trim()}: ` : '';
  return [`${type}${failure.message}`, `\n${frames.join('\n')}`];
}

/**
 * Turns every refusal into an RFC 9457 problem naming the rule; nothing was written for any of
 * them. Only what rtop itself wrote reaches `detail`: a request's text is never echoed.
 */
@Catch()
export class DomainErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toProblem(exception, request);
    if (body.status >= 500) this.logger.error(...failureOf(exception));
    // The rule, for the metrics of command outcomes.
    response.locals.rule = body.rule;
    if (response.headersSent) return void response.destroy();
    if (body.status === 401 && !response.getHeader('WWW-Authenticate')) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(body.status).type(PROBLEM_JSON).json(body);
  }

  private toProblem(exception: unknown, request: Request): Problem {
    if (exception instanceof DomainError) return problem(STATUS[exception.kind], exception.rule, exception.message);
    if (exception instanceof RequestInvalid) return problem(400, exception.rule, exception.message, exception.errors);
    if (exception instanceof EdgeRefusal) return problem(exception.status, exception.rule, exception.message);
    if (exception instanceof WrongExpectedVersion || exception instanceof PartialDuplicateAppend) {
      return problem(409, 'optimistic-concurrency', `${exception.message}; read again and retry`);
    }
    if (exception instanceof InvalidAppend) return problem(400, 'invalid-append', exception.message);
    if (exception instanceof HttpException) return this.fromFramework(exception, request);
    return problem(500, 'internal', INTERNAL);
  }

  /** Before an operation was reached (the router, URL decoding), the framework's message quotes the request: a fixed one replaces it. */
  private fromFramework(exception: HttpException, request: Request): Problem {
    const status = exception.getStatus();
    if (status === 503) return problem(503, 'unavailable', 'the service cannot answer now; retry later');
    if (status >= 500) return problem(status, 'internal', INTERNAL);
    if (reachedOperation(request)) return problem(status, RULE[status] ?? `http-${status}`, messageOf(exception));
    if (status === 404) return problem(404, 'no-such-operation', 'no operation answers this method at this path; see /docs');
    if (status === 400) return problem(400, 'malformed-request', 'the request could not be read (check the URL’s percent-encoding)');
    return problem(status, RULE[status] ?? `http-${status}`, TITLE[status] ?? 'refused');
  }
}
