import fc from 'fast-check';
import {
  ALL_BODIES,
  Authorization,
  ECHO_MARKER,
  HostileRequest,
  Operation,
  Parameter,
  TokenFor,
  authorizationHeader,
  authorizations,
  nextPerson,
  pathParameters,
  pathWith,
  plausiblePathValue,
} from './hostile-requests';
import { KnownIds, Schemas, instant, plausible, resolve } from './plausible-bodies';

/**
 * Text placed in the value of a parameter the operation declares. A rule may name the value it
 * refuses, so a refusal that quotes it back is counted (none does now),
 * apart from an echo of ECHO_MARKER, which only undeclared parameters carry.
 */
export const QUOTED_MARKER = 'QUOTE-2c8e55';

/** Node refuses a request line and headers over 16 KiB before the app sees them: one 10k value fits, two do not. */
const MAX_URL = 14_000;

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Values no declared query parameter takes, or takes only at its edge; each percent-encoded as a client would send it. */
const HOSTILE_NUMBERS = [
  '0',
  '-1',
  '1.5',
  '1e3',
  '1e308',
  '0x10',
  ' 7',
  'Infinity',
  'NaN',
  '\u0661\u0662',
  '99999999999999999999',
  '9223372036854775807',
  '9223372036854775808',
  '-9223372036854775809',
  '9'.repeat(400),
];
const HOSTILE_INSTANTS = [
  '99999-01-01',
  '+099999-01-01T00:00:00Z',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00+14:00',
  '9999-12-31T23:59:59-14:00',
  '2008-01-08T15:00:00+99:99',
  '2008-01-08T15:00:00+0530',
  '2008-02-30',
  '2008-W05-1',
  '2008-001',
  '2008-01-08T24:00:00Z',
  '1970-01-01T00:00:00.0000000001Z',
  'Tue, 08 Jan 2008 15:00:00 GMT',
  '1 2 3',
  'now',
  'epoch',
];
const HOSTILE_TEXT = [
  '\u0000',
  'a\u0000b',
  '\u0001',
  '\u001f\u007f',
  'a\nb',
  '\r\n',
  ' ',
  '%',
  '..',
  '../..',
  `${QUOTED_MARKER}${'x'.repeat(10_000)}`,
];
/** Cursors and feed positions that decode, but to nothing a page gave out. */
const FORGED_CURSORS = [
  base64url(['99999-01-01', '1']),
  base64url(['9223372036854775807']),
  base64url(['9223372036854775808']),
  base64url(['9223372036854775807', '9223372036854775807']),
  base64url(['9223372036854775808', '0']),
  base64url(['0', '9223372036854775808']),
  base64url(['abc']),
  base64url(['-1']),
  base64url(['2008-01-08T15:00:00.000Z', 'x', 'y', 'z']),
  base64url(['+275760-09-13T00:00:00.000Z', 'x', 'y', 'z']),
  base64url(['+275760-09-13T00:00:00.000Z', '00000000-0000-4000-8000-000000000000']),
  base64url(['2008-01-08T15:00:00Z', '99999999999999999999']),
  base64url(['2008-01-08T15:00:00Z', '-1']),
  base64url(['2008-01-08T15:00:00Z', 'not-a-uuid']),
  base64url(['Tue', '1']),
  base64url(['1 2 3', '1']),
  base64url(['', '']),
  base64url(['2008-01-08T15:00:00Z']),
  base64url(['a', 'b', 'c']),
  base64url([1, 2]),
  base64url({ a: 1 }),
  base64url(null),
  base64url(['x'.repeat(5_000), 'y']),
  '!!!',
  '99999999999999999999999.1',
  '1.99999999999999999999',
  '18446744073709551616.0',
  '9223372036854775808.0',
  '9223372036854775807.9223372036854775807',
  '-1.0',
  '1.2.3',
  '9999999999999999999',
  '9223372036854775807',
];
/** Sent as they are: broken or overlong percent-encoding, and a lone surrogate's UTF-8. */
const RAW_VALUES = ['%FF', '%', '%zz', '%ED%A0%80', '%C0%AF', '%00'];

interface QueryValue {
  /** Already percent-encoded. */
  readonly raw: string;
  readonly shown: string;
}

const encoded = (value: string): QueryValue => ({ raw: encodeURIComponent(value), shown: JSON.stringify(value.slice(0, 30)) });

/** What a query parameter holds, told by its name: the documentation types them all as strings. */
type Kind = 'instant' | 'number' | 'cursor' | 'text';

const kindOf = (name: string): Kind =>
  /^(asOf|now|updatedSince)$/.test(name)
    ? 'instant'
    : /^(limit|from|to)$/.test(name)
      ? 'number'
      : /^(cursor|after)$/.test(name)
        ? 'cursor'
        : 'text';

const HOSTILE_OF_KIND: Record<Kind, readonly string[]> = {
  instant: HOSTILE_INSTANTS,
  number: HOSTILE_NUMBERS,
  cursor: FORGED_CURSORS,
  text: HOSTILE_TEXT,
};

const anyHostileValue: fc.Arbitrary<QueryValue> = fc.oneof(
  fc.constantFrom(...HOSTILE_NUMBERS, ...HOSTILE_INSTANTS, ...HOSTILE_TEXT, ...FORGED_CURSORS, QUOTED_MARKER).map(encoded),
  fc.constantFrom(...RAW_VALUES).map((raw) => ({ raw, shown: raw })),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map(encoded),
  fc.integer().map((n) => encoded(String(n))),
  fc.double().map((n) => encoded(String(n))),
);

/** Mostly values at the edge of what the parameter holds, so that its own parser is what a request tests. */
const hostileValue = (kind: Kind): fc.Arbitrary<QueryValue> =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...HOSTILE_OF_KIND[kind]).map(encoded) }, { weight: 2, arbitrary: anyHostileValue });

/** A value the documentation describes for this parameter, by its schema and, where that says only `string`, its name. */
function plausibleValue(parameter: Parameter, schemas: Schemas, ids: KnownIds, cases: () => string[]): fc.Arbitrary<string> {
  const schema = resolve(parameter.schema, schemas);
  if (schema.enum?.length) return fc.constantFrom(...(schema.enum as string[]));
  if (parameter.name === 'placedBefore') return fc.constantFrom(...ALL_BODIES);
  if (parameter.name === 'caseId') return fc.nat().map((i) => cases()[i % cases().length]);
  if (parameter.name === 'next') return fc.nat().map((i) => `/cases/${cases()[i % cases().length]}/timeline/page`);
  switch (kindOf(parameter.name)) {
    case 'instant':
      return instant;
    case 'number':
      return parameter.name === 'limit' ? fc.integer({ min: 1, max: 500 }).map(String) : fc.nat(20).map(String);
    case 'cursor':
      return fc.oneof(
        instant.chain((at) => ids.arbitrary().map((id) => base64url([at, id]))),
        fc.tuple(fc.nat(99), fc.nat(99)).map(([transaction, position]) => `${transaction}.${position}`),
        fc.nat(99).map(String),
      );
    case 'text':
      // A query parameter is text on the wire, whatever its schema leaves out.
      return plausible({ type: 'string', ...schema }, schemas, ids, parameter.name).map(String);
  }
}

/** One declared parameter as it appears in the query string: its `key=value` pairs, already encoded, and what was done. */
interface Placed {
  readonly pairs: readonly string[];
  readonly mutation: string;
}

function declaredParameter(parameter: Parameter, schemas: Schemas, ids: KnownIds, cases: () => string[]): fc.Arbitrary<Placed> {
  const { name } = parameter;
  const key = encodeURIComponent(name);
  const documented = plausibleValue(parameter, schemas, ids, cases).map(encoded);
  const hostile = hostileValue(kindOf(name));
  const either = fc.oneof(documented, hostile);
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant<Placed>({ pairs: [], mutation: '' }) },
    { weight: 4, arbitrary: documented.map((v) => ({ pairs: [`${key}=${v.raw}`], mutation: '' })) },
    { weight: 5, arbitrary: hostile.map((v) => ({ pairs: [`${key}=${v.raw}`], mutation: `${name}=${v.shown}` })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom<Placed>({ pairs: [`${key}=`], mutation: `${name} empty` }, { pairs: [key], mutation: `${name} bare` }),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(documented, either)
        .map(([a, b]) => ({ pairs: [`${key}=${a.raw}`, `${key}=${b.raw}`], mutation: `${name} twice (${a.shown}, ${b.shown})` })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('[]', '[0]', '[a]', `[${QUOTED_MARKER}]`), documented)
        .map(([brackets, v]) => ({ pairs: [`${key}${encodeURIComponent(brackets)}=${v.raw}`], mutation: `${name}${brackets}=${v.shown}` })),
    },
  );
}

/** Parameters no read operation declares, each carrying the echo marker in its name or its value. */
const UNDECLARED = fc.constantFrom<readonly [string, string]>(
  [ECHO_MARKER, '1'],
  ['x', ECHO_MARKER],
  ['__proto__', ECHO_MARKER],
  ['__proto__[polluted]', ECHO_MARKER],
  ['constructor', ECHO_MARKER],
  ['toString', ECHO_MARKER],
  ['hasOwnProperty', ECHO_MARKER],
  ['a[b]', ECHO_MARKER],
  [`${ECHO_MARKER}[]`, 'c'],
  ['', ECHO_MARKER],
  [`%00${ECHO_MARKER}`, '%FF'],
);

const READ_AUTHORIZATIONS = authorizations({ owner: 6, another: 4, auditor: 3, unbelievable: 2 });

/** Auditors may read every case and every office's feed: a refusal of theirs is the parameter's. */
const AN_AUDITOR: Authorization = { kind: 'auditor', other: 'un-joint-office' };

function readRequest(path: string, placed: readonly Placed[], authorization: Authorization, tokenFor: TokenFor): HostileRequest {
  const query = placed.flatMap((p) => p.pairs).join('&');
  const person = nextPerson();
  const bearer = authorizationHeader(authorization, path, person, tokenFor);
  const mutation = [...placed.map((p) => p.mutation), authorization.kind === 'owner' ? '' : `token: ${authorization.kind}`].filter(Boolean);
  return {
    method: 'GET',
    path: query ? `${path}?${query}` : path,
    headers: { ...(bearer ? { authorization: bearer } : {}) },
    mutation: mutation.join(', ') || 'as documented',
    person,
    mustBeRefused: false,
  };
}

/**
 * GET requests for one read operation: its path parameters plausible or not, each declared query
 * parameter left out, documented, hostile, empty, repeated or in bracket syntax, some undeclared
 * ones besides, read by the path's body, another body, an auditor, or no one believable.
 */
export function hostileQueries(
  operation: Operation,
  schemas: Schemas,
  ids: KnownIds,
  cases: () => string[],
  tokenFor: TokenFor,
): fc.Arbitrary<HostileRequest> {
  const pathValues = pathParameters(operation, schemas, ids, cases);
  const declared = operation.queryParameters.map((parameter) => declaredParameter(parameter, schemas, ids, cases));
  const undeclared = UNDECLARED.map(([key, value]): Placed => ({ pairs: [`${key}=${value}`], mutation: `undeclared ${key.slice(0, 20)}` }));
  return fc
    .record({
      pathValues: fc.tuple(...pathValues),
      declared: fc.tuple(...declared),
      undeclared: fc.array(undeclared, { maxLength: 2 }),
      authorization: READ_AUTHORIZATIONS,
    })
    .map(({ pathValues: values, declared: placed, undeclared: extra, authorization }) =>
      readRequest(pathWith(operation.path, values), [...placed, ...extra], authorization, tokenFor),
    )
    .filter((request) => request.path.length <= MAX_URL);
}

/** The least value an arbitrary gives, as fast-check shrinks toward it: the first case, the first value of an enum, the first id learnt. */
function least<T>(arbitrary: fc.Arbitrary<T>): T {
  const { counterexample } = fc.check(fc.property(arbitrary, () => false));
  return counterexample![0] as T;
}

/**
 * Each declared query parameter given each edge value of its kind once, read by an auditor on the
 * operation's least path (the webhook, draft or source the fuzz knows first, of the body it belongs
 * to): drawn at random, one value among dozens would reach its parser in a few runs in a hundred.
 */
export function edgeQueries(
  operation: Operation,
  schemas: Schemas,
  ids: KnownIds,
  cases: () => string[],
  tokenFor: TokenFor,
): HostileRequest[] {
  const documented = operation.pathParameters.map(({ name, schema }) =>
    plausiblePathValue(name, schema, schemas, ids, cases).map((value) => [name, value] as const),
  );
  const path = pathWith(operation.path, least(fc.tuple(...documented)));
  return operation.queryParameters.flatMap(({ name }) =>
    HOSTILE_OF_KIND[kindOf(name)]
      .map(encoded)
      .map((value) =>
        readRequest(
          path,
          [{ pairs: [`${encodeURIComponent(name)}=${value.raw}`], mutation: `${name}=${value.shown}` }],
          AN_AUDITOR,
          tokenFor,
        ),
      ),
  );
}
