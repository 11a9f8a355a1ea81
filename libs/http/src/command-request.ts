import { ExecutionContext, UnauthorizedException, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { randomUUID } from 'node:crypto';
import { Actor, InvalidCommand, contentDigest, deterministicUuid } from '@rtop/kernel';
import { Request } from 'express';

/** What the edge gives every command: who, when it was received, and the caller's If-Match and Idempotency-Key. */
export interface CommandContext {
  readonly actor: Actor;
  readonly at: Date;
  readonly expectedRevision?: bigint;
  readonly idempotencyKey?: string;
  /** With a key: the request as the caller sent it (method, path, body), which a replay must match. */
  readonly requestDigest?: string;
}

const MAX_IDEMPOTENCY_KEY = 255;

/** An If-Match header as the stream revision it names (`"3"` or `3`); absent means "as just read". */
function expectedRevisionFrom(ifMatch: string | undefined): bigint | undefined {
  if (ifMatch === undefined) return undefined;
  const match = /^(?:W\/)?"?(\d{1,19})"?$/.exec(ifMatch.trim());
  if (!match) throw new InvalidCommand('if-match', 'If-Match must be a revision from an ETag, such as "3"');
  return BigInt(match[1]);
}

function idempotencyKeyFrom(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!value.length || value.length > MAX_IDEMPOTENCY_KEY || !/^[\x21-\x7e]+$/.test(value)) {
    throw new InvalidCommand('idempotency-key', `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY} visible ASCII characters`);
  }
  return value;
}

const header = (request: Request, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

/** The command's envelope and the caller's concurrency and retry headers, read once for every write. */
export const CommandContext = createParamDecorator((_: unknown, context: ExecutionContext): CommandContext => {
  const request = context.switchToHttp().getRequest<Request & { actor?: Actor }>();
  if (!request.actor) throw new UnauthorizedException('no authenticated actor');
  const idempotencyKey = idempotencyKeyFrom(header(request, 'idempotency-key'));
  return {
    actor: request.actor,
    at: new Date(),
    expectedRevision: expectedRevisionFrom(header(request, 'if-match')),
    ...(idempotencyKey ? { idempotencyKey, requestDigest: requestDigestOf(request) } : {}),
  };
});

/** The request as sent: the body as parsed, before validation changes anything, and the path with its query. */
const requestDigestOf = (request: Request): string =>
  contentDigest({ method: request.method, path: request.originalUrl, body: request.body as unknown });

/** Documents the two optional headers every write takes. */
export const ApiCommandHeaders = () =>
  applyDecorators(
    ApiHeader({
      name: 'If-Match',
      required: false,
      description: 'The revision last read (its ETag); a concurrent change then answers 409.',
    }),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Send the same key again, with the same request, to retry safely: the first outcome is answered again and nothing is written twice. ' +
        'A key is the calling body’s, for one operation on one target; the same key with a different request answers 422 (idempotency-key-reused).',
    }),
    ApiResponse({
      status: 422,
      description:
        'Well-formed, but a rule forbids it (the body names the rule), or an Idempotency-Key reused with a different request. Nothing is written.',
    }),
  );

/**
 * The id of what a command creates (a case, a report, a draft): new each time, or the same one
 * when the request is sent again with the same Idempotency-Key by the same body.
 */
export const newIdFor = (request: CommandContext, what: string): string =>
  request.idempotencyKey ? deterministicUuid(`${request.actor.body}|${what}|${request.idempotencyKey}`) : randomUUID();
