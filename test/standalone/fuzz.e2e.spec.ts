import { setTimeout as sleep } from 'node:timers/promises';
import fc from 'fast-check';
import { SQL_SESSION, SqlSession, schemaOf } from '@rtop/event-store';
import { CONTEXTS } from '@rtop/kernel';
import { NO_RATE_LIMITS } from '@rtop/rate-limits';
import { PROTECTED_REPORT, failureMessage } from '@rtop/testing';
import { QUOTED_MARKER, edgeQueries, hostileQueries } from './fuzz/hostile-queries';
import { ECHO_MARKER, HostileRequest, Operation, Parameter, TokenFor, hostileRequests } from './fuzz/hostile-requests';
import { KnownIds, Schema, Schemas } from './fuzz/plausible-bodies';
import { Standalone, startStandalone } from './standalone-harness';

/** Requests per operation, write or read; FUZZ_RUNS raises it for a longer hunt, FUZZ_SEED replays one. */
const RUNS_PER_OPERATION = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
/** Long enough for a stream that cannot read its start to fail and end. */
const STREAM_GRACE_MS = 300;

type Document = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { in: string; name: string; required?: boolean; schema: Schema }[];
        requestBody?: { content: Record<string, { schema: Schema }> };
      }
    >
  >;
  components: { schemas: Schemas };
};

const WRITES = ['post', 'put', 'patch', 'delete'];
const READS = ['get'];

function operationsOf(document: Document, methods: readonly string[]): Operation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => methods.includes(method))
      .map(([method, operation]) => {
        const parameters = (where: string): Parameter[] =>
          (operation.parameters ?? [])
            .filter((p) => p.in === where)
            .map(({ name, schema, required }) => ({ name, schema, required: required ?? false }));
        return {
          method: method.toUpperCase(),
          path,
          pathParameters: parameters('path'),
          queryParameters: parameters('query'),
          body: operation.requestBody?.content['application/json']?.schema,
        };
      }),
  );
}

/** What the run saw, printed at its end and asserted on. */
class Figures {
  readonly statuses = new Map<number, number>();
  readonly serverErrors: string[] = [];
  readonly notProblems: string[] = [];
  readonly echoes: string[] = [];
  /** Per rule, the refusals that quoted a declared parameter's value back. */
  readonly quotedBy = new Map<string, number>();
  readonly acceptedButMalformed: string[] = [];
  readonly refusedPersons = new Set<string>();
  sent = 0;

  record(request: HostileRequest, status: number, contentType: string, text: string): void {
    this.sent += 1;
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    const what = `${status} ${request.method} ${request.path.slice(0, 120)} [${request.mutation}]`;
    if (status >= 500) this.serverErrors.push(`${what}: ${text.slice(0, 300)}`);
    if (status >= 400) {
      this.refusedPersons.add(request.person);
      if (status < 500 && !isProblem(status, contentType, text)) this.notProblems.push(`${what}: ${contentType} ${text.slice(0, 300)}`);
      if (text.includes(ECHO_MARKER)) this.echoes.push(`${what}: ${text.slice(0, 300)}`);
      if (text.includes(QUOTED_MARKER)) {
        const rule = contentType.startsWith('application/problem+json')
          ? String((JSON.parse(text) as { rule?: unknown }).rule)
          : contentType;
        this.quotedBy.set(rule, (this.quotedBy.get(rule) ?? 0) + 1);
      }
    } else if (request.mustBeRefused) this.acceptedButMalformed.push(what);
  }

  histogram(): string {
    return [...this.statuses]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}: ${count}`)
      .join(', ');
  }
}

function isProblem(status: number, contentType: string, text: string): boolean {
  if (!contentType.startsWith('application/problem+json')) return false;
  const body = JSON.parse(text) as Record<string, unknown>;
  return (
    body.status === status && ['type', 'title', 'detail', 'rule'].every((key) => typeof body[key] === 'string' && body[key].length > 0)
  );
}

/** The persons named by every event any fuzz request wrote, in every context's store. */
async function writers(session: SqlSession): Promise<Map<string, number>> {
  const union = CONTEXTS.map(
    (context) =>
      `select metadata->'actor'->>'person' as person from ${schemaOf(context)}.rtop_events where metadata->'actor'->>'person' like 'fuzz-%'`,
  ).join(' union all ');
  const rows = await session.query<{ person: string }>(union);
  const count = new Map<string, number>();
  for (const { person } of rows) count.set(person, (count.get(person) ?? 0) + 1);
  return count;
}

describe('hostile input at the HTTP edge of the standalone app', () => {
  let rtop: Standalone;
  let document: Document;
  const ids = new KnownIds();
  const cases: string[] = [];

  beforeAll(async () => {
    rtop = await startStandalone('pglite', { rateLimits: NO_RATE_LIMITS });
    document = (await rtop.anonymous.get('/docs-json')).body as Document;
    const jointOffice = rtop.as('un-joint-office');
    const opened = await jointOffice.post('/cases', {
      situation: 'Kenya, post-election violence',
      summary: 'Violence after the disputed election',
      crimes: [{ crime: 'crimes-against-humanity', incitement: true }, { crime: 'genocide' }],
    });
    cases.push(opened.body.caseId);
    const filed = await jointOffice.post(`/cases/${opened.body.caseId}/reports`, PROTECTED_REPORT);
    ids.learnFrom([opened.body, filed.body]);
  }, 120_000);
  afterAll(async () => {
    await rtop.stop();
  });

  /** A request as a client would write it by hand: the body as text, the headers as given. */
  const send = (method: string, path: string, body: string | undefined, headers: Record<string, string> = {}) =>
    fetch(`${rtop.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${rtop.tokenFor('un-joint-office')}`, 'content-type': 'application/json', ...headers },
      body,
    }).then(async (response) => ({ status: response.status, headers: response.headers, text: await response.text() }));

  const problemOf = (answer: { status: number; headers: Headers; text: string }) => {
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return JSON.parse(answer.text) as { type: string; title: string; status: number; detail: string; rule: string; errors?: unknown[] };
  };

  describe('one refusal per rule, each an RFC 9457 problem, nothing written', () => {
    let before: number;
    beforeAll(async () => {
      before = await rtop.settledEventCount();
    });
    afterAll(async () => {
      expect(await rtop.settledEventCount()).toBe(before);
    });

    it('given no token, when a case is read, then 401 bearer-token with a Bearer challenge', async () => {
      const answer = await rtop.anonymous.get(`/cases/${cases[0]}`);
      expect(answer).toMatchObject({
        status: 401,
        body: { type: 'urn:rtop:rule:bearer-token', title: 'Not authenticated', status: 401, rule: 'bearer-token' },
      });
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
    });

    it('given an officer, when the auditors’ bundle is asked for, then 403 with the remit rule', async () => {
      const answer = await rtop.as('un-joint-office').get(`/cases/${cases[0]}/bundle`);
      expect(answer).toMatchObject({
        status: 403,
        body: { status: 403, rule: 'auditors-only', detail: 'a case bundle is exported by auditors only' },
      });
    });

    it('given a path no operation has, then 404 no-such-operation, not quoting the path', async () => {
      const answer = await send('POST', `/cases/${cases[0]}/${ECHO_MARKER}`, '{}');
      expect(problemOf(answer)).toMatchObject({ status: 404, rule: 'no-such-operation' });
      expect(answer.text).not.toContain(ECHO_MARKER);
    });

    it('given a body of 1 MiB and one byte, then 413 body-too-large', async () => {
      const answer = await send('POST', '/cases', JSON.stringify({ situation: 'x'.repeat(1024 * 1024) }));
      expect(problemOf(answer)).toMatchObject({ status: 413, title: 'Body too large', rule: 'body-too-large' });
    });

    it('given a body as text/plain or in Latin-1, then 415', async () => {
      const asText = await send('POST', '/cases', 'situation=Kenya', { 'content-type': 'text/plain' });
      expect(problemOf(asText)).toMatchObject({ status: 415, rule: 'unsupported-media-type' });
      const latin1 = await send('POST', '/cases', '{"situation":"K\u00e9nya"}', { 'content-type': 'application/json; charset=latin1' });
      expect(problemOf(latin1)).toMatchObject({ status: 415, rule: 'utf-8-only' });
    });

    it('given malformed JSON, then 400 malformed-json, quoting none of the body', async () => {
      const answer = await send('POST', '/cases', `{"situation": "${ECHO_MARKER}`);
      expect(problemOf(answer)).toEqual({
        type: 'urn:rtop:rule:malformed-json',
        title: 'Invalid request',
        status: 400,
        detail: 'the body is not well-formed JSON, or not a JSON object or array',
        rule: 'malformed-json',
      });
    });

    it('given JSON nested 10,000 levels deep, then 400 json-depth', async () => {
      const answer = await send('POST', '/cases', `${'['.repeat(10_000)}${']'.repeat(10_000)}`);
      expect(problemOf(answer)).toMatchObject({ status: 400, rule: 'json-depth' });
    });

    it('given a NUL character in any text, in the body or the path, then 400 no-nul-bytes', async () => {
      const inBody = await send(
        'POST',
        '/cases',
        JSON.stringify({ situation: 'Kenya\u0000', summary: 's', crimes: [{ crime: 'genocide' }] }),
      );
      expect(problemOf(inBody)).toMatchObject({ status: 400, rule: 'no-nul-bytes' });
      const inPath = await send('POST', `/regional-bodies/au-psc%00/cases/${cases[0]}/drafts`, '{}');
      expect(problemOf(inPath)).toMatchObject({ status: 400, rule: 'no-nul-bytes' });
    });

    it('given an empty id among ids, or a source that is an array, then 400 request-schema naming each field', async () => {
      const report = {
        channel: 'un-field-presence',
        credibility: 2,
        observedAt: '2008-01-01T12:00:00Z',
        location: 'Eldoret',
        riskFactors: [8],
        summary: 's',
      };
      const emptyCorroboration = await send(
        'POST',
        `/cases/${cases[0]}/reports`,
        JSON.stringify({ ...report, source: [], corroboratedBy: [''] }),
      );
      expect(problemOf(emptyCorroboration)).toMatchObject({
        status: 400,
        rule: 'request-schema',
        errors: [
          { field: 'source', rule: 'is-object', detail: 'source must be an object' },
          { field: 'corroboratedBy', rule: 'is-not-empty', detail: 'each value in corroboratedBy should not be empty' },
        ],
      });
      const sg = { authorization: `Bearer ${rtop.tokenFor('un-secretary-general')}` };
      const noRecipient = await send(
        'POST',
        `/secretary-general/cases/${cases[0]}/transmissions`,
        JSON.stringify({ assessmentId: cases[0], recipients: [''], content: {} }),
        sg,
      );
      expect(problemOf(noRecipient)).toMatchObject({
        status: 400,
        rule: 'request-schema',
        errors: [{ field: 'recipients', rule: 'is-not-empty' }],
      });
    });

    it('given a nested object left out or an array of arrays, then 400 request-schema, not a 5xx', async () => {
      const sg = { authorization: `Bearer ${rtop.tokenFor('un-secretary-general')}` };
      const noAuthorisation = await send(
        'POST',
        `/secretary-general/cases/${cases[0]}/responses/measures`,
        JSON.stringify({ pillar: 'II', coercive: false, description: 'd', implementingBody: 'au-psc' }),
        sg,
      );
      expect(problemOf(noAuthorisation)).toMatchObject({ status: 400, errors: [{ field: 'authorisation', rule: 'is-object' }] });
      const council = { authorization: `Bearer ${rtop.tokenFor('un-security-council')}` };
      const draft = { title: 't', chapter: 'VII', measures: [[]], manifestFailureDetermined: false, credibleAtrocityPrevention: false };
      const nested = await send('POST', `/security-council/cases/${cases[0]}/drafts`, JSON.stringify(draft), council);
      expect(problemOf(nested)).toMatchObject({ status: 400, errors: [{ field: 'measures', rule: 'is-object' }] });
    });
  });

  describe('every write operation in /docs-json, fuzzed', () => {
    it('answers every malformed request with a problem naming its rule, never a 5xx, and writes nothing it refused', async () => {
      const operations = operationsOf(document, WRITES);
      const figures = new Figures();
      const started = Date.now();
      for (const [index, operation] of operations.entries()) {
        const requests = hostileRequests(
          operation,
          document.components.schemas,
          ids,
          () => cases,
          (body, person) => rtop.tokenFor(body as never, person),
        );
        await fc.assert(
          fc.asyncProperty(requests, async (request) => {
            const response = await fetch(`${rtop.baseUrl}${request.path}`, {
              method: request.method,
              headers: request.headers,
              body: request.body === undefined ? undefined : Buffer.from(request.body),
              signal: AbortSignal.timeout(30_000),
            }).catch((error: unknown) => new Response(`no answer: ${failureMessage(error)}`, { status: 599 }));
            const text = await response.text();
            figures.record(request, response.status, response.headers.get('content-type') ?? '', text);
            if (response.ok) ids.learnFrom(text);
            if (response.ok && request.path === '/cases') cases.push(JSON.parse(text).caseId);
          }),
          { numRuns: RUNS_PER_OPERATION, seed: SEED + index },
        );
        process.stderr.write(
          `fuzz: ${index + 1}/${operations.length} ${operation.method} ${operation.path} (${figures.sent} requests so far)\n`,
        );
      }
      const written = await writers(rtop.app.get<SqlSession>(SQL_SESSION));
      const writesFromRefused = [...figures.refusedPersons].reduce((sum, person) => sum + (written.get(person) ?? 0), 0);
      console.log(
        [
          `fuzz (seed ${SEED}): ${figures.sent} requests to ${operations.length} write operations in ${((Date.now() - started) / 1000).toFixed(1)} s`,
          `  statuses: ${figures.histogram()}`,
          `  5xx: ${figures.serverErrors.length}; refusals not problem+json: ${figures.notProblems.length}; echoes: ${figures.echoes.length}; empty ids accepted: ${figures.acceptedButMalformed.length}`,
          `  events written by refused requests: ${writesFromRefused} (by accepted ones: ${[...written.values()].reduce((a, b) => a + b, 0)})`,
        ].join('\n'),
      );
      expect(figures.serverErrors.slice(0, 10)).toEqual([]);
      expect(figures.notProblems.slice(0, 10)).toEqual([]);
      expect(figures.echoes.slice(0, 10)).toEqual([]);
      expect(figures.acceptedButMalformed.slice(0, 10)).toEqual([]);
      expect(writesFromRefused).toBe(0);
    }, 600_000);
  });

  describe('every read operation in /docs-json, fuzzed', () => {
    // A webhook subscription, so that its deliveries are read past the check that it exists.
    beforeAll(async () => {
      const subscribed = await rtop.as('au-psc').post('/liaison/au-psc/webhooks', { url: 'https://192.0.2.40/rtop/webhooks' });
      ids.learnFrom(subscribed.body);
    });

    it('answers every malformed query with a problem naming its rule, never a 5xx, and quotes no undeclared parameter', async () => {
      const operations = operationsOf(document, READS);
      const figures = new Figures();
      const started = Date.now();
      for (const [index, operation] of operations.entries()) {
        const tokenFor = rtop.tokenFor as TokenFor;
        const requests = hostileQueries(operation, document.components.schemas, ids, () => cases, tokenFor);
        const edges = edgeQueries(operation, document.components.schemas, ids, () => cases, tokenFor);
        await fc.assert(
          fc.asyncProperty(requests, async (request) => {
            const { status, contentType, text } = await read(request);
            figures.record(request, status, contentType, text);
            if (status < 300) ids.learnFrom(text);
          }),
          { numRuns: RUNS_PER_OPERATION + edges.length, seed: SEED + index, examples: edges.map((edge) => [edge]) },
        );
        process.stderr.write(`fuzz: ${index + 1}/${operations.length} GET ${operation.path} (${figures.sent} requests so far)\n`);
      }
      console.log(
        [
          `fuzz (seed ${SEED}): ${figures.sent} requests to ${operations.length} read operations in ${((Date.now() - started) / 1000).toFixed(1)} s`,
          `  statuses: ${figures.histogram()}`,
          `  5xx: ${figures.serverErrors.length}; refusals not problem+json: ${figures.notProblems.length}; echoes: ${figures.echoes.length}`,
          `  declared values quoted back: ${[...figures.quotedBy].map(([rule, count]) => `${rule} ${count}`).join(', ') || 'none'}`,
        ].join('\n'),
      );
      expect(figures.serverErrors.slice(0, 10)).toEqual([]);
      expect(figures.notProblems.slice(0, 10)).toEqual([]);
      expect(figures.echoes.slice(0, 10)).toEqual([]);
    }, 600_000);

    /**
     * A stream answers 200 before it reads the log, so a position it cannot read shows only as the
     * stream ending: a live one never ends by itself, and is left once it has had a moment to fail.
     */
    const read = async (request: HostileRequest) => {
      const leave = new AbortController();
      const response = await fetch(`${rtop.baseUrl}${request.path}`, {
        headers: request.headers,
        signal: AbortSignal.any([leave.signal, AbortSignal.timeout(30_000)]),
      }).catch((error: unknown) => new Response(`no answer: ${failureMessage(error)}`, { status: 599 }));
      const contentType = response.headers.get('content-type') ?? '';
      if (!contentType.startsWith('text/event-stream')) return { status: response.status, contentType, text: await response.text() };
      const ended = response.text().then(
        () => true,
        () => false,
      );
      if (!(await Promise.race([ended, sleep(STREAM_GRACE_MS).then(() => false)]))) leave.abort();
      return (await ended)
        ? { status: 598, contentType, text: 'the event stream ended by itself' }
        : { status: response.status, contentType, text: '' };
    };
  });
});
