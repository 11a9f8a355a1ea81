import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import type { DestinationStream, LoggerOptions } from 'pino';
import type { Options } from 'pino-http';
import type { LogLevel } from '@rtop/config';
import { failureOf } from '@rtop/http';
import { traceIdOf } from './tracing';

export interface LogOptions {
  /** RTOP_LOG_LEVEL unless given. */
  readonly level?: LogLevel;
  /** Readable lines instead of JSON: for a person at a terminal (the standalone app in a TTY). */
  readonly pretty?: boolean;
  /** Where the JSON lines go; standard output unless given (a test captures them here). */
  readonly destination?: DestinationStream;
}

/** A caller's X-Request-Id is kept when it is a plain token; otherwise one is made. */
const REQUEST_ID = /^[\w.:-]{1,128}$/;

function requestIdOf(request: IncomingMessage, response: ServerResponse): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
  response.setHeader('x-request-id', id);
  return id;
}

/** An error as a log line may show it (see failureOf): never the statement, its parameters or the failing row. */
export function loggableError(error: unknown): { message: string; stack: string } {
  const [message, stack] = failureOf(error);
  return { message, stack };
}

/**
 * Only the request's id, method and path, and the response's status are logged: never a header
 * (a bearer token, a session cookie), a query string or a body.
 */
const serializers: LoggerOptions['serializers'] = {
  req: (request: { id: string; method: string; url: string }) => ({
    id: request.id,
    method: request.method,
    path: request.url.split('?')[0],
  }),
  res: (response: { statusCode: number }) => ({ status: response.statusCode }),
  err: loggableError,
};

/** Probes and scrapes come every few seconds; a line for each would bury everything else. */
const QUIET_PATHS = /^\/(health|metrics)(\/|\?|$)/;

/** nestjs-pino's settings: JSON lines, one per request, each with its request and trace ids. */
export function loggerParams(options: LogOptions = {}): Params {
  const level = options.level ?? 'info';
  const pinoHttp: Options = {
    level,
    serializers,
    // Defence in depth, should a header or body ever be passed to a log call as an object.
    redact: {
      paths: ['req.headers', 'headers.authorization', 'headers.cookie', 'authorization', 'cookie', 'token', 'body', 'data', 'payload'],
      censor: '[redacted]',
    },
    genReqId: requestIdOf,
    customProps: (request: IncomingMessage) => {
      const traceId = traceIdOf(request);
      return traceId ? { traceId } : {};
    },
    customLogLevel: (_request: IncomingMessage, response: ServerResponse, error?: Error) =>
      error || response.statusCode >= 500 ? 'error' : 'info',
    autoLogging: { ignore: (request: IncomingMessage) => QUIET_PATHS.test(request.url ?? '') },
    ...(options.pretty ? { transport: { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l' } } } : {}),
  };
  return { pinoHttp: options.destination ? [pinoHttp, options.destination] : pinoHttp, assignResponse: true };
}
