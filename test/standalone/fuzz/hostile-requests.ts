import fc from 'fast-check';
import { AUDITOR_ROLE, REGIONAL_BODIES, UN_BODIES, UN_DEPARTMENTS } from '@rtop/kernel';
import { KnownIds, Schema, Schemas, plausible, resolve } from './plausible-bodies';

/** A path or query parameter as the OpenAPI document declares it. */
export interface Parameter {
  readonly name: string;
  readonly schema: Schema;
  readonly required: boolean;
}

/** An operation as the OpenAPI document gives it. */
export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly pathParameters: readonly Parameter[];
  readonly queryParameters: readonly Parameter[];
  readonly body?: Schema;
}

/** One request the fuzz test sends, and what it is to be judged by. */
export interface HostileRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
  /** What was done to a plausible request, e.g. `body: risks[0].level ← null`. */
  readonly mutation: string;
  /** The actor's person: every event a request writes names it, so a refused request's writes can be found. */
  readonly person: string;
  /** An answer other than a 4xx is itself a defect (an empty id, say). */
  readonly mustBeRefused: boolean;
}

/**
 * Text placed where only the framework would quote it (a malformed body, an unknown property's
 * value, a path no operation has): a refusal that contains it echoes the request. A domain rule
 * may name the value it refuses ("'natural-disaster' is outside …"), so field values do not carry it.
 */
export const ECHO_MARKER = 'ECHO-7f3a91';

const JSON_LIMIT = 1024 * 1024;
export const ALL_BODIES = [...UN_BODIES, ...UN_DEPARTMENTS, ...REGIONAL_BODIES, 'member-state:KEN', 'member-state:FRA'];

/** Numbers each request's person, across operations and both fuzz runs. */
let sent = 0;
export const nextPerson = () => `fuzz-${++sent}`;

const deep = (levels: number, leaf: unknown = 1): unknown => Array.from({ length: levels }).reduce<unknown>((inner) => [inner], leaf);

/** Values no documented field takes, or takes only at its edge. */
const hostileValue = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    '',
    ' ',
    'a\u0000b',
    'x\ud800y',
    '\udfff',
    0,
    -1,
    1.5,
    1e308,
    true,
    {},
    [],
    [[]],
    [''],
    [null],
    [{}],
    'member-state:XXX',
  ),
  fc.constant('x'.repeat(200_000)),
  fc.constant(deep(40)),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer(),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
);

type Path = readonly (string | number)[];

/** Every place in a JSON value: each property and each element, the value itself first. */
function placesIn(value: unknown, at: Path = []): Path[] {
  if (Array.isArray(value)) return [at, ...value.flatMap((v, i) => placesIn(v, [...at, i]))];
  if (value && typeof value === 'object') return [at, ...Object.entries(value).flatMap(([k, v]) => placesIn(v, [...at, k]))];
  return [at];
}

const show = (path: Path) =>
  path.reduce<string>((text, step) => (typeof step === 'number' ? `${text}[${step}]` : text ? `${text}.${step}` : step), '') || '$';

/** A copy of `value` with the place at `path` replaced (or removed, for undefined). */
function replaced(value: unknown, path: Path, replacement: unknown): unknown {
  if (!path.length) return replacement;
  const [step, ...rest] = path;
  if (Array.isArray(value)) return value.map((item: unknown, i) => (i === step ? replaced(item, rest, replacement) : item));
  const record = value as Record<string, unknown>;
  const inner = replaced(record[step], rest, replacement);
  return inner === undefined
    ? Object.fromEntries(Object.entries(record).filter(([key]) => key !== String(step)))
    : { ...record, [step]: inner };
}

/** Fields that name something by id; an empty one names nothing and must be refused. */
const ID_FIELD =
  /(Ids?|^recipients|^attendees|^members|^objections|^notCounted|^authorisedBodies|^partiesToDispute|^parties|^grounds|^corroboratedBy|^assessedThrough|^offeredBy|^implementingBody|^memberState|^member|^state|^stateConcerned)$/;
const idPlace = (path: Path) => path.some((step) => typeof step === 'string' && ID_FIELD.test(step));

interface BodyCase {
  readonly text?: string;
  readonly mutation: string;
  readonly mustBeRefused?: boolean;
}

/** Bodies no schema describes, the same for every operation: made once, as one of them is a mebibyte. */
const RAW_BODIES = fc.constantFrom<BodyCase>(
  { text: `{"situation": "${ECHO_MARKER}`, mutation: 'malformed JSON' },
  { text: `{"a": ${ECHO_MARKER}}`, mutation: 'malformed JSON' },
  { text: 'null', mutation: 'the body null' },
  { text: `"${ECHO_MARKER}"`, mutation: 'the body a string' },
  { text: '42', mutation: 'the body a number' },
  { text: '[]', mutation: 'the body an array' },
  { text: '[[]]', mutation: 'the body [[]]' },
  { text: `${'['.repeat(10_000)}${']'.repeat(10_000)}`, mutation: 'nested 10,000 deep' },
  { text: JSON.stringify({ pad: 'x'.repeat(JSON_LIMIT) }).slice(0, JSON_LIMIT + 1), mutation: 'a body of 1 MiB and one byte' },
  { text: '', mutation: 'an empty body' },
  { text: undefined, mutation: 'no body' },
);

/** A plausible body, then one thing done to it. */
function bodyCases(body: Schema | undefined, schemas: Schemas, ids: KnownIds): fc.Arbitrary<BodyCase> {
  const documented = body ? plausible(body, schemas, ids) : fc.constant({});
  const mutated = documented.chain((value) => {
    const places = placesIn(value);
    const stringPlaces = places.filter(
      (p) => typeof p.reduce<unknown>((v, s) => (v as Record<string, unknown>)[s], value) === 'string' && idPlace(p),
    );
    const at = fc.constantFrom(...places);
    const inner = places.filter((p) => p.length > 0);
    return fc.oneof<fc.Arbitrary<BodyCase>[]>(
      fc.constant({ text: JSON.stringify(value), mutation: 'as documented' }),
      fc
        .tuple(at, hostileValue)
        .map(([p, v]) => ({ text: JSON.stringify(replaced(value, p, v)), mutation: `${show(p)} ← ${JSON.stringify(v).slice(0, 40)}` })),
      ...(inner.length
        ? [fc.constantFrom(...inner).map((p) => ({ text: JSON.stringify(replaced(value, p, undefined)), mutation: `${show(p)} dropped` }))]
        : []),
      fc.constant({ text: JSON.stringify({ ...(value as object), extraProperty: ECHO_MARKER }), mutation: 'an unknown property' }),
      ...(stringPlaces.length
        ? [
            fc.constantFrom(...stringPlaces).map((p) => ({
              text: JSON.stringify(replaced(value, p, '')),
              mutation: `${show(p)} ← "" (an empty id)`,
              mustBeRefused: true,
            })),
          ]
        : []),
    );
  });
  return fc.oneof({ weight: 6, arbitrary: mutated }, { weight: 1, arbitrary: RAW_BODIES });
}

const CONTENT_TYPES = fc.oneof(
  { weight: 12, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'text/plain',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      'application/x-www-form-urlencoded',
      'application/xml',
      '',
    ),
  },
);

const garbageSegment = fc.oneof(
  fc.constantFrom('not-a-uuid', '%00', '%FF', '..', '%2e%2e', 'x'.repeat(3000), '0', 'null'),
  fc.string({ minLength: 1, maxLength: 12 }).map(encodeURIComponent),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).map(encodeURIComponent),
);

/** A path parameter as the app would name a thing: a case it holds, a documented value, an id it answered with. */
export function plausiblePathValue(
  name: string,
  schema: Schema,
  schemas: Schemas,
  ids: KnownIds,
  cases: () => string[],
): fc.Arbitrary<string> {
  const s = resolve(schema, schemas);
  return name === 'caseId'
    ? fc.nat().map((i) => cases()[i % cases().length])
    : s.enum?.length
      ? fc.constantFrom(...(s.enum as string[]))
      : name === 'state'
        ? fc.constantFrom('KEN', 'FRA', 'XXX', 'kenya')
        : ids.known(name);
}

/** A value for each of the operation's path parameters, paired with its name. */
export function pathParameters(
  operation: Operation,
  schemas: Schemas,
  ids: KnownIds,
  cases: () => string[],
): fc.Arbitrary<readonly [string, string]>[] {
  return operation.pathParameters.map(({ name, schema }) =>
    pathParameter(name, schema, schemas, ids, cases).map((value) => [name, value] as const),
  );
}

export function pathParameter(name: string, schema: Schema, schemas: Schemas, ids: KnownIds, cases: () => string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: plausiblePathValue(name, schema, schemas, ids, cases) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: garbageSegment },
  );
}

/** The operation's path with each parameter's value in its place. */
export const pathWith = (template: string, values: readonly (readonly [string, string])[]) =>
  values.reduce<string>((path, [name, value]) => path.replace(`{${name}}`, value), template);

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
};

/** The body whose remit the operation is in, as far as its path says. */
export function ownerOf(path: string): string {
  const state = /\/states\/([^/]+)/.exec(path)?.[1];
  if (state) return `member-state:${decoded(state)}`;
  const organ = /\/(human-rights-council|peacebuilding-commission|ecosoc)\//.exec(path)?.[1];
  if (organ) return `un-${organ}`;
  const [, first, second] = path.split('/');
  if (first === 'regional-bodies' || first === 'liaison') return decoded(second);
  return (
    {
      cases: 'un-joint-office',
      'secretary-general': 'un-secretary-general',
      'security-council': 'un-security-council',
      'general-assembly': 'un-general-assembly',
    }[first] ?? 'un-joint-office'
  );
}

/** Who the request says it comes from: the body the path names, another body, that body's auditor, or no one believable. */
export type Authorization = {
  kind: 'owner' | 'another body' | 'auditor' | 'none' | 'trailing junk' | 'forged' | 'basic';
  other: string;
};

export type TokenFor = (body: string, person: string, role?: string) => string;

/** Authorizations weighted as given, the unbelievable ones alike; `other` is any body rtop knows. */
export const authorizations = (weights: { owner: number; another: number; auditor: number; unbelievable: number }) =>
  fc.record<Authorization>({
    kind: fc.oneof(
      { weight: weights.owner, arbitrary: fc.constant('owner' as const) },
      { weight: weights.another, arbitrary: fc.constant('another body' as const) },
      { weight: weights.auditor, arbitrary: fc.constant('auditor' as const) },
      {
        weight: weights.unbelievable,
        arbitrary: fc.constantFrom('none' as const, 'trailing junk' as const, 'forged' as const, 'basic' as const),
      },
    ),
    other: fc.constantFrom(...ALL_BODIES),
  });

const AUTHORIZATIONS = authorizations({ owner: 12, another: 2, auditor: 0, unbelievable: 1 });

/** The Authorization header, if any, for a request on `path` by `person`. */
export function authorizationHeader(authorization: Authorization, path: string, person: string, tokenFor: TokenFor): string | undefined {
  const owner = ownerOf(path);
  switch (authorization.kind) {
    case 'owner':
      return `Bearer ${tokenFor(owner, person)}`;
    case 'another body':
      return `Bearer ${tokenFor(authorization.other, person)}`;
    case 'auditor':
      return `Bearer ${tokenFor(authorization.other, person, AUDITOR_ROLE)}`;
    case 'trailing junk':
      return `Bearer ${tokenFor(owner, person)} junk`;
    case 'forged':
      return 'Bearer eyJhbGciOiJub25lIn0.eyJib2R5IjoidW4tam9pbnQtb2ZmaWNlIn0.';
    case 'basic':
      return 'Basic dXNlcjpwYXNz';
    case 'none':
      return undefined;
  }
}

const IF_MATCH = fc.oneof(
  { weight: 8, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('"0"', 'W/"1"', 'garbage', '"99999999999999999999"', '*') },
);
const IDEMPOTENCY_KEY = fc.oneof(
  { weight: 8, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom('k'.repeat(300), 'clé', 'a b') },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z0-9-]{1,20}$/) },
);

/**
 * Requests for one write operation, each malformed in one way or more: its body, its content
 * type, its path, its headers or its token. Most are otherwise plausible, so the refusal tested
 * is the one made.
 */
export function hostileRequests(
  operation: Operation,
  schemas: Schemas,
  ids: KnownIds,
  cases: () => string[],
  tokenFor: TokenFor,
): fc.Arbitrary<HostileRequest> {
  const parameters = pathParameters(operation, schemas, ids, cases);
  return fc
    .record({
      parameters: fc.tuple(...parameters),
      body: bodyCases(operation.body, schemas, ids),
      contentType: CONTENT_TYPES,
      authorization: AUTHORIZATIONS,
      ifMatch: IF_MATCH,
      idempotencyKey: IDEMPOTENCY_KEY,
    })
    .map(({ parameters: values, body, contentType, authorization, ifMatch, idempotencyKey }) => {
      const path = pathWith(operation.path, values);
      const person = nextPerson();
      const bearer = authorizationHeader(authorization, path, person, tokenFor);
      const headers: Record<string, string> = {
        ...(bearer ? { authorization: bearer } : {}),
        ...(body.text !== undefined && contentType ? { 'content-type': contentType } : {}),
        ...(ifMatch ? { 'if-match': ifMatch } : {}),
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      };
      const malformed = [
        body.mutation,
        contentType !== 'application/json' && body.text !== undefined ? `Content-Type: ${contentType || 'none'}` : '',
        authorization.kind === 'owner' ? '' : `token: ${authorization.kind}`,
        ifMatch ? `If-Match: ${ifMatch}` : '',
        idempotencyKey ? `Idempotency-Key: ${idempotencyKey.slice(0, 20)}` : '',
      ].filter(Boolean);
      return {
        method: operation.method,
        path,
        headers,
        body: body.text,
        mutation: malformed.join(', '),
        person,
        mustBeRefused: !!body.mustBeRefused,
      };
    });
}
