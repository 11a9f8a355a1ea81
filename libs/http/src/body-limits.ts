import { INestApplication } from '@nestjs/common';
import { NextFunction, Request, RequestHandler, Response, json } from 'express';
import { EdgeRefusal } from './edge-refusal';

/** The largest body any operation takes: 1 MiB. */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/** Deeper than any documented body nests (a draft's risks' findings' report ids are 4 levels). */
export const MAX_JSON_DEPTH = 32;

/** body-parser's refusals as rules. Its own messages quote the body, so they never reach the caller. */
const PARSER_REFUSALS: Record<string, EdgeRefusal> = {
  'entity.too.large': new EdgeRefusal(413, 'body-too-large', `a body is at most ${BODY_LIMIT_BYTES} bytes (1 MiB)`),
  'entity.parse.failed': new EdgeRefusal(400, 'malformed-json', 'the body is not well-formed JSON, or not a JSON object or array'),
  'charset.unsupported': new EdgeRefusal(415, 'utf-8-only', 'a JSON body is read as UTF-8 only: send charset=utf-8 or none'),
  'encoding.unsupported': new EdgeRefusal(415, 'unsupported-content-encoding', 'send the body uncompressed, or as gzip, deflate or br'),
  'request.size.invalid': new EdgeRefusal(400, 'content-length', 'the body’s length differs from its Content-Length'),
  'request.aborted': new EdgeRefusal(400, 'request-aborted', 'the request was aborted before its body arrived'),
};

const parseJson = json({ limit: BODY_LIMIT_BYTES });

/** The edge's refusal for a parser's error of a kind it names; any other error as it is. */
const refused = (error: unknown): unknown => {
  const type = (error as { type?: unknown } | undefined)?.type;
  return (typeof type === 'string' && PARSER_REFUSALS[type]) || error;
};

const parseJsonBodies: RequestHandler = (request, response, next) =>
  parseJson(request, response, (error?: unknown) => next(error ? refused(error) : undefined));

/** Unpaired UTF-16 surrogates, which no UTF-8 store can hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text is refused anywhere in a request, or undefined: PostgreSQL stores neither a NUL nor half a character. */
function textRefusal(text: string): EdgeRefusal | undefined {
  if (text.includes('\u0000')) return new EdgeRefusal(400, 'no-nul-bytes', 'no text in a request may hold a NUL character (\\u0000)');
  if (LONE_SURROGATE.test(text))
    return new EdgeRefusal(400, 'well-formed-unicode', 'no text in a request may hold an unpaired surrogate (\\ud800–\\udfff)');
  return undefined;
}

/** Walks a parsed body once, without recursion: too deep, or a text that cannot be stored, refuses it. */
function bodyRefusal(body: unknown): EdgeRefusal | undefined {
  const pending: [unknown, number][] = [[body, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, depth] = next;
    if (typeof value === 'string') {
      const refusal = textRefusal(value);
      if (refusal) return refusal;
    } else if (value !== null && typeof value === 'object') {
      if (depth >= MAX_JSON_DEPTH)
        return new EdgeRefusal(400, 'json-depth', `a body nests at most ${MAX_JSON_DEPTH} levels of objects and arrays`);
      for (const [key, child] of Object.entries(value)) {
        const refusal = textRefusal(key);
        if (refusal) return refusal;
        pending.push([child, depth + 1]);
      }
    }
  }
  return undefined;
}

const storableInput: RequestHandler = (request: Request, _response: Response, next: NextFunction) => {
  const url = /%00/i.test(request.originalUrl) ? textRefusal('\u0000') : undefined;
  next(url ?? bodyRefusal(request.body));
};

/**
 * The HTTP edge's limits, before any guard or handler runs, so nothing refused here is written:
 * 415 for JSON in a charset other than UTF-8, 413 past 1 MiB, 400 for malformed JSON, nesting
 * past 32 levels, or a NUL or unpaired surrogate in any text of the body or URL. A body of
 * another media type is refused by the operation it reaches (BodyMediaTypeGuard).
 */
export function limitBodies(app: INestApplication): void {
  app.use(parseJsonBodies, storableInput);
}
