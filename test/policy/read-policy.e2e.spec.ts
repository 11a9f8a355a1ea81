import { randomUUID } from 'node:crypto';
import { Body, REGIONAL_BODIES, UN_BODIES, UN_DEPARTMENTS } from '@rtop/kernel';
import { HttpResult } from '@rtop/testing';
import { expectStatus } from '../../scripts/demo/http';
import { KenyaScenario, playKenya2008 } from '../../scripts/demo/kenya-2008';
import { Standalone, startStandalone } from '../standalone/standalone-harness';

/**
 * docs/read-policy.md, held over every GET the API documents at /docs-json (read at run time, so a
 * new GET cannot escape it), for every kind of reader, on the record the Kenya 2007–08 scenario
 * leaves behind (plus a second case only the Joint Office has worked on).
 *
 * Three things are checked per operation and reader: the status (allowed → 200, refused → 403/404),
 * that nothing a reader may not read appears anywhere in what it is answered (allowed or refused),
 * and, for auditors, that the read was recorded in the access log first.
 */

// ---------------------------------------------------------------------------------------------
// Readers
// ---------------------------------------------------------------------------------------------

/** A reader is a body's token, or the auditor role (here carried by a body that otherwise sees little). */
interface Reader {
  readonly name: string;
  readonly body: Body;
  readonly role: string;
}

const AUDITOR = 'auditor';
const JOINT_OFFICE = 'un-joint-office';
const SECRETARY_GENERAL = 'un-secretary-general';
const SECURITY_COUNCIL = 'un-security-council';
const GENERAL_ASSEMBLY = 'un-general-assembly';
const THREE_ORGANS = ['un-human-rights-council', 'un-peacebuilding-commission', 'un-ecosoc'];
const STANDING_GROUP: readonly string[] = UN_DEPARTMENTS;
const KENYA = 'member-state:KEN';
const FRANCE = 'member-state:FRA';
const MEMBER_STATES = [KENYA, FRANCE];

const READERS: readonly Reader[] = [
  ...[...UN_BODIES, ...UN_DEPARTMENTS, ...REGIONAL_BODIES, KENYA, FRANCE].map((body) => ({
    name: body,
    body: body as Body,
    role: 'officer',
  })),
  { name: AUDITOR, body: 'osce', role: AUDITOR },
];
const EVERY_READER = READERS.map((r) => r.name);

/** Those privy to the Kenya assessment: who drafted it, who it reached, whom it was placed before, and auditors. */
const PRIVY_TO_THE_ASSESSMENT = [
  JOINT_OFFICE,
  SECRETARY_GENERAL,
  ...STANDING_GROUP,
  SECURITY_COUNCIL,
  GENERAL_ASSEMBLY,
  'au-psc',
  'igad',
  AUDITOR,
];

// ---------------------------------------------------------------------------------------------
// The policy, per operation (docs/read-policy.md, "Operations" and "A case as a whole")
// ---------------------------------------------------------------------------------------------

type Params = Readonly<Record<string, string>>;

interface Rule {
  /** Who is answered 200, given the parameters the operation was called with. */
  readonly allowed: (params: Params) => readonly string[];
  /** What a refused reader is answered. */
  readonly refused: readonly number[];
  /** Anyone, with no token at all. */
  readonly public?: boolean;
  /** An operation on a case as a whole: a case the reader may not see answers 404, like a case that does not exist. */
  readonly wholeCase?: boolean;
  readonly why: string;
}

const anyone = (why: string): Rule => ({ allowed: () => EVERY_READER, refused: [], public: true, why });
const everyReader = (why: string, wholeCase = false): Rule => ({ allowed: () => EVERY_READER, refused: [403, 404], wholeCase, why });
const only = (
  why: string,
  readers: (params: Params) => readonly string[],
  refused: readonly number[] = [403, 404],
  wholeCase = false,
): Rule => ({
  allowed: (params) => [...readers(params), AUDITOR],
  refused,
  wholeCase,
  why,
});

/**
 * Exact operations. On the Kenya record every reader may see the case (it holds published acts: the
 * veto, the vote, the AU decision, Kenya's declared posture), so the reads over a case as a whole
 * are allowed to all; what they may contain is checked by FORBIDDEN_CONTENT below.
 */
const OPERATIONS: Readonly<Partial<Record<string, Rule>>> = {
  'GET /health': anyone('anyone, without a token'),
  'GET /health/live': anyone('anyone, without a token'),
  'GET /health/ready': anyone('anyone, without a token'),
  'GET /accountability/public-key': anyone('anyone, without a token'),
  'GET /page-session': anyone('anyone, without a token: the sign-in form, no case data'),
  'GET /projections': everyReader('any authenticated body: names and lag, no case data'),
  'GET /access-log': only('auditors only; a non-auditor is refused 403', () => [], [403]),
  'GET /accountability/checkpoint': everyReader('any authenticated body: sizes and hashes'),
  'GET /accountability/consistency': everyReader('any authenticated body: sizes and hashes'),
  'GET /cases': everyReader('the cases the reader may see; crimes and risk only to those privy'),
  'GET /agenda': everyReader('the caller’s own agenda only'),
  'GET /cases/{caseId}/timeline': everyReader('the events the reader may read; 404 when none', true),
  'GET /cases/{caseId}/timeline/page': everyReader('the timeline’s page: the events the reader may read', true),
  'GET /cases/{caseId}/knowledge': everyReader('computed over the events the reader may read', true),
  'GET /cases/{caseId}/figures': everyReader('computed over the events the reader may read', true),
  'GET /accountability/figures': everyReader('computed over the cases and events the reader may read'),
  'GET /accountability/consistency-report': everyReader('computed over the cases and events the reader may read'),
  'GET /accountability/lessons': everyReader('computed over the cases and events the reader may read'),
  'GET /cases/{caseId}/bundle': only('auditors only: a verifiable bundle cannot leave events out', () => [], [403, 404], true),
  'GET /cases/{caseId}': only('Joint Office, auditors', () => [JOINT_OFFICE], [403, 404], true),
  'GET /cases/{caseId}/reports': only('Joint Office, auditors', () => [JOINT_OFFICE], [403, 404], true),
  'GET /cases/{caseId}/assessment-drafts': only('Joint Office, auditors', () => [JOINT_OFFICE], [403, 404], true),
  'GET /cases/{caseId}/assessments': only('Joint Office, auditors', () => [JOINT_OFFICE], [403, 404], true),
  'GET /cases/{caseId}/lessons-learned': only('Joint Office, auditors', () => [JOINT_OFFICE], [403, 404], true),
  'GET /sources/{kind}/{key}/reliability': only('Joint Office, auditors', () => [JOINT_OFFICE]),
  'GET /member-states/cases/{caseId}': only('Secretary-General, standing group, auditors: every state’s posture', () => [
    SECRETARY_GENERAL,
    ...STANDING_GROUP,
  ]),
  'GET /member-states/cases/{caseId}/states/{state}': only('that state, Secretary-General, standing group, auditors', ({ state }) => [
    `member-state:${state}`,
    SECRETARY_GENERAL,
    ...STANDING_GROUP,
  ]),
  'GET /other-organs/lessons': only('the three organs, Joint Office, auditors', () => [...THREE_ORGANS, JOINT_OFFICE]),
  // The organs' own records on the case (reports, recommendations; lessons are apart): each organ reads its own, and an organ
  // with nothing there is answered 404. In this record no organ has put anything there, so only auditors read it.
  'GET /other-organs/cases/{caseId}': only('the organ whose records they are, auditors', () => []),
  // Any other contributor (here the Secretary-General) reads its own lessons only.
  'GET /other-organs/cases/{caseId}/lessons': only('the three organs, Joint Office, auditors; another contributor its own', () => [
    ...THREE_ORGANS,
    JOINT_OFFICE,
    SECRETARY_GENERAL,
  ]),
  'GET /liaison/{body}/events': only('that regional body, auditors', ({ body }) => [body]),
  'GET /liaison/{body}/stream': only('that regional body, auditors, as its feed', ({ body }) => [body], [403]),
  'GET /liaison/{body}/webhooks': only('that regional body, auditors; never a secret', ({ body }) => [body], [403]),
  'GET /liaison/{body}/webhooks/{id}/deliveries': only('that regional body, auditors', ({ body }) => [body], [403, 404]),
};

/** Families of operations the policy states by prefix (`GET /secretary-general/…`). The first that matches applies. */
const FAMILIES: readonly (readonly [prefix: string, rule: Rule])[] = [
  ['/secretary-general/', only('Secretary-General, standing group, auditors', () => [SECRETARY_GENERAL, ...STANDING_GROUP])],
  ['/security-council/cases/{caseId}', only('Security Council, auditors', () => [SECURITY_COUNCIL])],
  ['/general-assembly/', only('General Assembly, auditors', () => [GENERAL_ASSEMBLY])],
  // That body once it has something of its own on the case: the AU PSC, whose decision it is, has.
  ['/regional-bodies/{body}/', only('that body, auditors', ({ body }) => [body])],
  ['/other-organs/cases/{caseId}', only('the organ whose records they are, auditors', () => THREE_ORGANS)],
];

function ruleFor(operation: string): Rule | undefined {
  const path = operation.replace(/^GET /, '');
  return OPERATIONS[operation] ?? FAMILIES.find(([prefix]) => path.startsWith(prefix))?.[1];
}

// ---------------------------------------------------------------------------------------------
// What may never appear in an answer to a reader who may not read it
// ---------------------------------------------------------------------------------------------

interface ForbiddenContent {
  readonly what: string;
  /** Texts taken from the record that must not appear. */
  readonly needles: readonly string[];
  /** Only these may be shown it; `[]` for no one at all. */
  readonly visibleTo?: readonly string[];
  /** Or: these may never be shown it (where the policy speaks of them only). */
  readonly hiddenFrom?: readonly string[];
  /** False for what must not be stored at all: the check that it is in the record is skipped. */
  readonly inTheRecord?: boolean;
}

/** The protected source as the Joint Office named it when grading and filing: the name never leaves that request. */
const PROTECTED_SOURCE_NAME = 'Witness at Kiambaa';

/** Texts of the second case, worked on by the Joint Office alone; its draft assessment is never issued. */
const PRIVATE_CASE = {
  situation: 'Canary situation for the read-policy spec',
  reportSummary: 'Canary report summary: only the Joint Office and auditors may read this',
  reportLocation: 'Canary location, nowhere in particular',
  draftSummary: 'Canary unissued draft: only the Joint Office and auditors may read this',
  draftRationale: 'Canary rationale of a draft that is never issued',
};

const FORBIDDEN_CONTENT: readonly ForbiddenContent[] = [
  { what: 'the protected source’s name', needles: [PROTECTED_SOURCE_NAME], visibleTo: [], inTheRecord: false },
  {
    what: 'the Joint Office’s report summaries and locations',
    needles: [
      'set on fire by an armed group',
      'Kiambaa, near Eldoret, Rift Valley',
      'cast a rival community as outsiders to be driven from the land',
      'Rift Valley (vernacular FM broadcasts)',
      'Hundreds of thousands displaced into camps and police stations',
      'Eldoret, Nakuru and Naivasha',
      'signs of organisation and financing',
      PRIVATE_CASE.reportSummary,
      PRIVATE_CASE.reportLocation,
    ],
    visibleTo: [JOINT_OFFICE, AUDITOR],
  },
  {
    what: 'IGAD’s early-warning report (addressed to the Joint Office)',
    needles: ['field monitors in the Karamoja cluster report cattle raids', 'Karamoja cluster, Kenya–Uganda border'],
    visibleTo: ['igad', JOINT_OFFICE, AUDITOR],
  },
  {
    what: 'the Joint Office’s unissued draft assessment',
    needles: [PRIVATE_CASE.draftSummary, PRIVATE_CASE.draftRationale],
    visibleTo: [JOINT_OFFICE, AUDITOR],
  },
  {
    what: 'the issued assessment’s risk level, findings and summary (organs not placed before, states)',
    needles: [
      'very-high',
      'Widespread attacks on civilians along ethnic lines',
      'Very high risk of crimes against humanity, incited on the air',
    ],
    visibleTo: PRIVY_TO_THE_ASSESSMENT,
  },
  {
    what: 'the crimes the case is about (summaries show them only to those privy)',
    needles: ['crimes-against-humanity', 'ethnic-cleansing'],
    visibleTo: PRIVY_TO_THE_ASSESSMENT,
  },
  // Lessons are addressed to the Joint Office; the three organs read every lesson (the lessons registers), any other contributor its own.
  {
    what: 'the Peacebuilding Commission’s lesson',
    needles: ['The regional organisation acted before the UN; New York often waits'],
    visibleTo: [...THREE_ORGANS, JOINT_OFFICE, AUDITOR],
  },
  {
    what: 'the Secretary-General’s lesson',
    needles: ['need a small secretariat, and AU–DPA information sharing must improve'],
    visibleTo: [...THREE_ORGANS, SECRETARY_GENERAL, JOINT_OFFICE, AUDITOR],
  },
  {
    what: 'the standing group’s options',
    needles: ['Chapter VII arms embargo and targeted sanctions on organisers and inciters', 'Humanitarian assistance to the displaced'],
    hiddenFrom: MEMBER_STATES,
  },
  {
    what: 'Kenya’s consent and the Joint Office’s reading of Kenya (not France’s to read)',
    needles: ['The Kenya National Dialogue and Reconciliation under the AU Panel', 'Police overwhelmed in the Rift Valley'],
    hiddenFrom: [FRANCE],
  },
  {
    what: 'the standing group’s deliberations',
    needles: ['killings and expulsions continue in several provinces'],
    hiddenFrom: MEMBER_STATES,
  },
];

const mayBeShown = (content: ForbiddenContent, reader: string) =>
  content.visibleTo ? content.visibleTo.includes(reader) : !(content.hiddenFrom ?? []).includes(reader);

// ---------------------------------------------------------------------------------------------
// Helpers: the OpenAPI document, parameters, reading, and checking
// ---------------------------------------------------------------------------------------------

interface OpenApiParameter {
  readonly name: string;
  readonly in: 'path' | 'query' | 'header';
  readonly required?: boolean;
}
interface GetOperation {
  /** `GET /cases/{caseId}/timeline` */
  readonly operation: string;
  readonly path: string;
  readonly parameters: readonly OpenApiParameter[];
  readonly readPolicy?: string;
}

function getOperationsOf(document: {
  paths: Record<string, { get?: { parameters?: OpenApiParameter[]; 'x-read-policy'?: string } }>;
}): GetOperation[] {
  return Object.entries(document.paths).flatMap(([path, { get }]) =>
    get ? [{ operation: `GET ${path}`, path, parameters: get.parameters ?? [], readPolicy: get['x-read-policy'] }] : [],
  );
}

/** What the played record gives to fill a parameter: several values make several calls. */
interface PlayedRecord {
  readonly played: KenyaScenario;
  readonly auDraftId: string;
  readonly protectedPseudonym: string;
  readonly privateCaseId: string;
  /** The AU PSC liaison office's webhook subscription. */
  readonly webhookId: string;
}

/** The values of a parameter for one operation; undefined when the record gives none (then the spec fails, listing it). */
function valuesOf(operation: GetOperation, parameter: OpenApiParameter, record: PlayedRecord): readonly string[] | undefined {
  const { played } = record;
  switch (parameter.name) {
    case 'caseId':
      return [played.caseId];
    case 'assessmentId':
      return [played.assessmentId];
    case 'measureId':
      return [played.measureId];
    case 'draftId':
      return operation.path.startsWith('/regional-bodies/') ? [record.auDraftId] : [played.councilDraftId];
    case 'body':
      return ['au-psc'];
    case 'state':
      return ['KEN'];
    case 'from':
      return ['1'];
    case 'id':
      return operation.path.startsWith('/liaison/') ? [record.webhookId] : undefined;
    default:
      return undefined;
  }
}

/** Source reliability is keyed by two parameters together: one protected source, one named. */
function sourceVariants(record: PlayedRecord): Params[] {
  return [
    { kind: 'protected', key: record.protectedPseudonym },
    { kind: 'named', key: 'Kenya Red Cross Society' },
  ];
}

interface Call {
  readonly operation: string;
  readonly url: string;
  readonly params: Params;
}

/** Every call to make for an operation: its path parameters filled, its required query parameters given. */
function callsFor(operation: GetOperation, record: PlayedRecord): { calls: Call[]; unfilled: string[] } {
  const unfilled: string[] = [];
  let variants: Params[] = [{}];
  const relevant = operation.parameters.filter((p) => p.in === 'path' || (p.in === 'query' && p.required));
  const isSource = operation.path === '/sources/{kind}/{key}/reliability';
  if (isSource) variants = sourceVariants(record);
  for (const parameter of relevant) {
    if (isSource && (parameter.name === 'kind' || parameter.name === 'key')) continue;
    const values = valuesOf(operation, parameter, record);
    if (!values) {
      unfilled.push(`${operation.operation}: ${parameter.in} parameter "${parameter.name}"`);
      continue;
    }
    variants = variants.flatMap((v) => values.map((value) => ({ ...v, [parameter.name]: value })));
  }
  const calls = variants.map((params) => {
    let url = operation.path;
    const query: string[] = [];
    for (const parameter of relevant) {
      if (!(parameter.name in params)) continue;
      const value = params[parameter.name];
      if (parameter.in === 'path') url = url.replace(`{${parameter.name}}`, encodeURIComponent(value));
      else query.push(`${parameter.name}=${encodeURIComponent(value)}`);
    }
    return { operation: operation.operation, url: query.length ? `${url}?${query.join('&')}` : url, params };
  });
  return { calls, unfilled };
}

/** An answer as text, HTML entities undone, so a needle is found in JSON and in the timeline page alike. */
function textOf(result: HttpResult): string {
  const raw = typeof result.body === 'string' ? result.body : JSON.stringify(result.body);
  return raw
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

interface Answer {
  readonly reader: string;
  readonly call: Call;
  readonly result: HttpResult;
}

/** What went wrong with one answer; alike findings are grouped over readers in the report. */
interface Finding {
  readonly reader: string;
  /** `GET /cases/{caseId} (/cases/…) → 200: not allowed, expected 403 or 404` */
  readonly finding: string;
}

const describeCall = (a: Answer) =>
  `${a.call.operation}${a.call.url === a.call.operation.slice(4) ? '' : ` (${a.call.url})`} → ${a.result.status}`;

/** Findings, one line per finding with the readers it concerns: a short list to read, however many readers. */
function report(findings: readonly Finding[]): string[] {
  const readers = new Map<string, string[]>();
  for (const { reader, finding } of findings) readers.set(finding, [...(readers.get(finding) ?? []), reader]);
  return [...readers].map(([finding, who]) => `${finding} — ${who.length === READERS.length ? 'every reader' : who.join(', ')}`);
}

function statusFinding(answer: Answer, rule: Rule): Finding | undefined {
  const allowed = rule.allowed(answer.call.params).includes(answer.reader);
  const { status } = answer.result;
  if (allowed && status !== 200)
    return { reader: answer.reader, finding: `${describeCall(answer)}: allowed, expected 200 (${brief(answer.result)})` };
  if (!allowed && !rule.refused.includes(status))
    return { reader: answer.reader, finding: `${describeCall(answer)}: not allowed, expected ${rule.refused.join(' or ')}` };
  return undefined;
}

function contentFindings(answer: Answer, contents: readonly ForbiddenContent[]): Finding[] {
  const text = textOf(answer.result);
  return contents
    .filter((content) => !mayBeShown(content, answer.reader))
    .flatMap((content) => {
      const shown = content.needles.filter((needle) => text.includes(needle));
      return shown.length
        ? [
            {
              reader: answer.reader,
              finding: `${describeCall(answer)}: shows ${content.what} («${shown[0]}»${shown.length > 1 ? ` and ${shown.length - 1} more` : ''})`,
            },
          ]
        : [];
    });
}

const brief = (result: HttpResult) => {
  const body = typeof result.body === 'string' ? result.body : JSON.stringify(result.body);
  return body.length > 160 ? `${body.slice(0, 160)}…` : body;
};

const pathParams = (operation: GetOperation) => operation.parameters.filter((p) => p.in === 'path').map((p) => p.name);

// ---------------------------------------------------------------------------------------------
// The specification
// ---------------------------------------------------------------------------------------------

describe('the read policy (docs/read-policy.md), over every GET in /docs-json, on the Kenya 2007–08 record (standalone on pglite)', () => {
  let rtop: Standalone;
  let operations: GetOperation[];
  let record: PlayedRecord | undefined;
  let notPlayed: Error | undefined;
  let notCaughtUp: Error | undefined;
  let answers: Answer[] | undefined;
  let unfilledParameters: string[] = [];

  const client = (reader: Reader) => rtop.as(reader.body, `${reader.name} reader`, reader.role);

  /** The record the scenario made, or the reason there is none (the spec fails with it). */
  const theRecord = (): PlayedRecord => {
    if (!record) throw new Error(`the Kenya scenario could not be played, so there is no record to read: ${notPlayed?.message}`);
    return record;
  };

  /** Every reader reads every call of every operation once; the answers are shared by the checks below. */
  const everyAnswer = async (): Promise<Answer[]> => {
    if (answers) return answers;
    const played = theRecord();
    const calls: Call[] = [];
    unfilledParameters = [];
    for (const operation of operations) {
      const made = callsFor(operation, played);
      calls.push(...made.calls);
      unfilledParameters.push(...made.unfilled);
    }
    const collected: Answer[] = [];
    for (const reader of READERS) {
      const http = client(reader);
      for (const call of calls) {
        const result = call.operation.endsWith('/stream') ? await http.opening(call.url) : await http.get(call.url);
        collected.push({ reader: reader.name, call, result });
      }
    }
    answers = collected;
    return answers;
  };

  beforeAll(async () => {
    rtop = await startStandalone('pglite');
    operations = getOperationsOf((await rtop.anonymous.get('/docs-json')).body);
    try {
      const played = await playKenya2008(rtop, () => undefined);
      const privateCaseId = await workOnAPrivateCase(rtop);
      const webhook = await expectStatus(
        'subscribe the AU PSC office to webhooks',
        201,
        rtop.as('au-psc', 'AU liaison office').post('/liaison/au-psc/webhooks', { url: 'https://192.0.2.40/rtop/webhooks' }),
      );
      await rtop.settledEventCount();
      // A read model that does not catch up is a failure of its own; the reads below still say what they can.
      notCaughtUp = await rtop.registry.caughtUp(60_000).then(
        () => undefined,
        (error: unknown) => (error instanceof Error ? error : new Error(String(error))),
      );
      const events = await rtop.allEvents();
      const auDraft = events.find(
        (e) => e.type === 'draft-decision-tabled' && (e.metadata as { caseId?: string }).caseId === played.caseId,
      );
      const filed = events.find(
        (e) => e.type === 'information-report-filed' && (e.data as { source: { kind: string } }).source.kind === 'protected',
      );
      record = {
        played,
        auDraftId: (auDraft?.data as { draftId?: string } | undefined)?.draftId ?? 'the AU draft was not found in the record',
        protectedPseudonym:
          (filed?.data as { source: { pseudonym: string } } | undefined)?.source.pseudonym ?? 'no protected source in the record',
        privateCaseId,
        webhookId: webhook.id,
      };
    } catch (error) {
      notPlayed = error as Error;
    }
  }, 240_000);
  afterAll(async () => {
    await rtop.stop();
    // A stop drains kept-alive connections for up to 10 s, and a busy machine stretches the rest.
  }, 60_000);

  describe('the API documents a policy for every read', () => {
    it('declares x-read-policy on every GET in /docs-json', () => {
      expect(operations.length).toBeGreaterThan(20);
      expect(operations.filter((o) => !o.readPolicy).map((o) => o.operation)).toEqual([]);
    });

    it('has a row in this spec’s policy table for every GET it serves, and serves every operation the policy documents', () => {
      expect(
        operations.filter((o) => !ruleFor(o.operation)).map((o) => `${o.operation}: no row in this spec; add one from docs/read-policy.md`),
      ).toEqual([]);
      const served = operations.map((o) => o.operation);
      expect(
        Object.keys(OPERATIONS)
          .filter((operation) => !served.includes(operation))
          .map((o) => `${o}: documented, not in /docs-json`),
      ).toEqual([]);
    });

    it('answers only /health and the public key without a token (401 for the rest)', async () => {
      const wrong: string[] = [];
      for (const operation of operations) {
        const rule = ruleFor(operation.operation);
        if (pathParams(operation).length && !rule?.public) {
          // Parameters do not matter to a request without a token: it is refused before any is read.
          const result = await rtop.anonymous.get(operation.path.replace(/\{[^}]+\}/g, randomUUID()));
          if (result.status !== 401) wrong.push(`${operation.operation} without a token → ${result.status}, expected 401`);
          continue;
        }
        const result = await rtop.anonymous.get(operation.path + (operation.path === '/accountability/consistency' ? '?from=1' : ''));
        const expected = rule?.public ? 200 : 401;
        if (result.status !== expected) wrong.push(`${operation.operation} without a token → ${result.status}, expected ${expected}`);
      }
      expect(wrong).toEqual([]);
    });
  });

  describe('on the played record', () => {
    it('plays the Kenya scenario through every context', () => {
      expect(notPlayed?.message).toBeUndefined();
    });

    it('brings every read model up to the record it made', () => {
      expect(notCaughtUp?.message).toBeUndefined();
    });

    // The first to ask makes every reader read every call, one after another: the long part of the spec.
    it('fills every path and required query parameter of every GET from the record', async () => {
      await everyAnswer();
      expect(unfilledParameters).toEqual([]);
    }, 180_000);

    it('holds the texts it looks for, and never the protected source’s name', async () => {
      const stored = JSON.stringify(await rtop.allEvents(), (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
      expect(stored).not.toContain(PROTECTED_SOURCE_NAME);
      const missing = FORBIDDEN_CONTENT.filter((c) => c.inTheRecord !== false).flatMap((c) => c.needles.filter((n) => !stored.includes(n)));
      // A needle the record does not hold would make its check vacuous: the scenario's texts changed.
      expect(missing).toEqual([]);
    });

    it('answers 200 to every reader the policy allows, and 403 or 404 to the rest', async () => {
      const wrong = (await everyAnswer()).flatMap((answer) => statusFinding(answer, ruleFor(answer.call.operation)!) ?? []);
      expect(report(wrong)).toEqual([]);
    });

    it('never shows a reader what is not theirs to read, in any answer', async () => {
      const leaks = (await everyAnswer()).flatMap((answer) => contentFindings(answer, FORBIDDEN_CONTENT));
      expect(report(leaks)).toEqual([]);
    });

    it('lists the Kenya case to every reader, and the private case only to the Joint Office and auditors', async () => {
      const { played, privateCaseId } = theRecord();
      const wrong: Finding[] = [];
      for (const reader of READERS) {
        const result = await client(reader).get('/cases?limit=500');
        if (result.status !== 200) {
          wrong.push({ reader: reader.name, finding: `GET /cases → ${result.status}, expected 200` });
          continue;
        }
        const text = JSON.stringify(result.body);
        if (!text.includes(played.caseId)) wrong.push({ reader: reader.name, finding: 'GET /cases: the Kenya case is missing' });
        const mayList = [JOINT_OFFICE, AUDITOR].includes(reader.name);
        if (text.includes(privateCaseId) !== mayList)
          wrong.push({ reader: reader.name, finding: `GET /cases: the private case is ${mayList ? 'missing' : 'listed'}` });
      }
      expect(report(wrong)).toEqual([]);
    });

    it('matches the crime and risk filters of GET /cases on privy rows only', async () => {
      const { played } = theRecord();
      const wrong: Finding[] = [];
      for (const reader of READERS) {
        const privy = PRIVY_TO_THE_ASSESSMENT.includes(reader.name);
        for (const filter of ['risk=very-high', 'crime=crimes-against-humanity']) {
          const result = await client(reader).get(`/cases?${filter}&limit=500`);
          const listed = result.status === 200 && JSON.stringify(result.body).includes(played.caseId);
          if (result.status !== 200) wrong.push({ reader: reader.name, finding: `GET /cases?${filter} → ${result.status}, expected 200` });
          else if (listed !== privy)
            wrong.push({
              reader: reader.name,
              finding: `GET /cases?${filter}: Kenya ${listed ? 'matched, though not privy' : 'not matched, though privy'}`,
            });
        }
      }
      expect(report(wrong)).toEqual([]);
    });

    it('answers 404 about a case the reader may not see, exactly as about a case that does not exist', async () => {
      const { privateCaseId } = theRecord();
      const wrong: Finding[] = [];
      const wholeCase = operations.filter((o) => ruleFor(o.operation)?.wholeCase && pathParams(o).join() === 'caseId');
      expect(wholeCase.length).toBeGreaterThan(0);
      for (const reader of READERS) {
        const seesIt = [JOINT_OFFICE, AUDITOR].includes(reader.name);
        for (const operation of wholeCase) {
          const rule = ruleFor(operation.operation)!;
          const call: Call = {
            operation: operation.operation,
            url: operation.path.replace('{caseId}', privateCaseId),
            params: { caseId: privateCaseId },
          };
          const answer: Answer = { reader: reader.name, call, result: await client(reader).get(call.url) };
          const allowed = seesIt && rule.allowed(call.params).includes(reader.name);
          const found = (finding: string) =>
            wrong.push({
              reader: reader.name,
              finding: `${operation.operation} on the private case → ${answer.result.status}: ${finding}`,
            });
          if (allowed && answer.result.status !== 200) found('allowed, expected 200');
          // An operation never for this reader (the bundle to a non-auditor) may refuse it 403 outright, whatever the case;
          // otherwise a case the reader may not see is 404. Either way, exactly as for a case that does not exist.
          const refusedOutright = !rule.allowed(call.params).includes(reader.name);
          const expected = refusedOutright ? rule.refused : [404];
          if (!seesIt && !expected.includes(answer.result.status))
            found(`the reader may not see the case, expected ${expected.join(' or ')}`);
          if (seesIt && !allowed && !rule.refused.includes(answer.result.status)) found(`expected ${rule.refused.join(' or ')}`);
          if (!seesIt) {
            const nowhere = await client(reader).get(operation.path.replace('{caseId}', randomUUID()));
            if (nowhere.status !== answer.result.status) found(`but ${nowhere.status} for a case that does not exist`);
          }
          wrong.push(...contentFindings(answer, FORBIDDEN_CONTENT));
        }
      }
      expect(report(wrong)).toEqual([]);
    });

    it('records every read of an auditor in the access log of the case, which only auditors may read', async () => {
      const { played } = theRecord();
      const auditorReads = (await everyAnswer())
        .filter((a) => a.reader === AUDITOR && a.call.params.caseId === played.caseId)
        .map((a) => a.call.url);
      expect(auditorReads.length).toBeGreaterThan(0);

      const auditor = client(READERS.find((r) => r.name === AUDITOR)!);
      const logged: { operation: string; request: string; reader: { role: string } }[] = [];
      for (let cursor = ''; ;) {
        const page = await expectStatus(
          'read the access log',
          200,
          auditor.get(`/access-log?caseId=${played.caseId}&limit=500${cursor ? `&cursor=${cursor}` : ''}`),
        );
        logged.push(...page.items);
        if (!page.next) break;
        cursor = page.next;
      }
      expect(auditorReads.filter((url) => !logged.some((entry) => entry.request === url))).toEqual([]);
      expect(logged.every((entry) => entry.reader.role === AUDITOR)).toBe(true);

      const others = [];
      for (const reader of READERS.filter((r) => r.name !== AUDITOR)) {
        const status = (await client(reader).get(`/access-log?caseId=${played.caseId}`)).status;
        if (status !== 403) others.push(`GET /access-log?caseId= as ${reader.name} → ${status}, expected 403`);
      }
      expect(others).toEqual([]);
    });
  });
});

/** A second case the Joint Office alone has worked on: a report, and a draft assessment it never issues. */
async function workOnAPrivateCase(rtop: Standalone): Promise<string> {
  const jointOffice = rtop.as(JOINT_OFFICE, 'Special Adviser on the Prevention of Genocide');
  const { caseId } = await expectStatus(
    'open the private case',
    201,
    jointOffice.post('/cases', {
      situation: PRIVATE_CASE.situation,
      crimes: [{ crime: 'genocide' }],
      summary: 'A case no one but the Joint Office has seen',
    }),
  );
  const { reportId } = await expectStatus(
    'file its report',
    201,
    jointOffice.post(`/cases/${caseId}/reports`, {
      source: { name: 'Canary field presence', protected: false },
      channel: 'un-field-presence',
      credibility: 2,
      observedAt: '2020-01-01T00:00:00Z',
      location: PRIVATE_CASE.reportLocation,
      riskFactors: [9],
      summary: PRIVATE_CASE.reportSummary,
    }),
  );
  await expectStatus(
    'draft its assessment, never to be issued',
    201,
    jointOffice.post(`/cases/${caseId}/assessment-drafts`, {
      risks: [
        {
          crime: 'genocide',
          level: 'moderate',
          findings: [{ indicator: '9.1', finding: 'Canary finding', reportIds: [reportId] }],
          rationale: PRIVATE_CASE.draftRationale,
        },
      ],
      incitement: [],
      ethnicCleansing: null,
      summary: PRIVATE_CASE.draftSummary,
    }),
  );
  return caseId;
}
