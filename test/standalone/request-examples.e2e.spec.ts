import { EXAMPLE_REFS } from '@rtop/http';
import { Body } from '@rtop/kernel';
import { HttpResult, eventually } from '@rtop/testing';
import { COUNCIL_2008, FICTIONAL_COUNCIL_VOTES } from '../../scripts/demo/kenya-2008';
import { Standalone, startStandalone } from './standalone-harness';

type Json = Record<string, unknown>;
type Operation = {
  requestBody?: {
    content: Record<string, { examples?: Record<string, { value: Json }> }>;
  };
};
type Client = ReturnType<Standalone['as']>;

/**
 * One request of the workflow: a documented operation sent as its example shows it, by the body
 * and person named. `path` gives the parameters that are not ids (which regional body, which state);
 * `with` changes the example to move the case on (another vote, another review step): such a request
 * is not the example, and the example must be played verbatim at least once elsewhere. `asReceived`
 * sends the assessment as the Secretary-General received it in place of the content the example
 * abbreviates: transmission is refused unless the content is the assessment as issued.
 */
interface Step {
  readonly operation: string;
  readonly as: readonly [Body, string?];
  readonly path?: Record<string, string>;
  readonly with?: Json;
  readonly asReceived?: true;
}

const DRAFTER: readonly [Body, string] = ['un-joint-office', 'Special Adviser on the Prevention of Genocide'];
const SECOND_READER: readonly [Body, string] = ['un-joint-office', 'Special Adviser on the Responsibility to Protect'];
const SG: readonly [Body] = ['un-secretary-general'];
const COUNCIL: readonly [Body] = ['un-security-council'];
const ASSEMBLY: readonly [Body] = ['un-general-assembly'];
const AU = { as: ['au-psc'], path: { body: 'au-psc' } } as const;
const KENYA = { as: ['member-state:KEN'], path: { state: 'KEN' } } as const;
const CASE = '/cases/{caseId}';
const SG_CASE = '/secretary-general/cases/{caseId}';
const COUNCIL_CASE = '/security-council/cases/{caseId}';
const ASSEMBLY_CASE = '/general-assembly/cases/{caseId}';
const REGIONAL = '/regional-bodies/{body}/cases/{caseId}';
const STATE = '/member-states/cases/{caseId}/states/{state}';
const ORGANS = '/other-organs/cases/{caseId}';
const councilVotes = Object.entries(FICTIONAL_COUNCIL_VOTES).filter(([member]) => member !== 'member-state:FRA');

/** Kenya 2007–08 as the examples tell it, every write of the API in an order the workflow accepts. */
const WORKFLOW: readonly Step[] = [
  { operation: 'POST /cases', as: DRAFTER },
  { operation: `POST ${COUNCIL_CASE}/take-up`, as: COUNCIL },
  { operation: `POST ${ASSEMBLY_CASE}/take-up`, as: ASSEMBLY },
  { operation: `POST ${CASE}/source-gradings`, as: DRAFTER },
  { operation: `POST ${CASE}/early-warning-reports`, as: ['igad'] },
  {
    operation: 'POST /regional-bodies/igad/cases/{caseId}/early-warning-reports',
    as: ['igad', 'CEWARN Unit'],
  },
  { operation: `POST ${CASE}/reports`, as: DRAFTER },
  { operation: `POST ${CASE}/reports/{reportId}/approval`, as: DRAFTER },
  { operation: `POST ${CASE}/reports/{reportId}/verification`, as: DRAFTER },
  { operation: `POST ${CASE}/reports/{reportId}/corrections`, as: DRAFTER },
  { operation: `POST ${CASE}/assessment-drafts`, as: DRAFTER },
  {
    operation: `POST ${CASE}/assessment-drafts/{assessmentId}/review-steps`,
    as: DRAFTER,
    with: { step: 'sources-graded' },
  },
  {
    operation: `POST ${CASE}/assessment-drafts/{assessmentId}/review-steps`,
    as: DRAFTER,
    with: { step: 'evidence-linked' },
  },
  {
    operation: `POST ${CASE}/assessment-drafts/{assessmentId}/review-steps`,
    as: DRAFTER,
  },
  {
    operation: `POST ${CASE}/assessment-drafts/{assessmentId}/review-steps`,
    as: SECOND_READER,
    with: { step: 'second-reader' },
  },
  { operation: `POST ${CASE}/assessments`, as: DRAFTER },
  { operation: `POST ${SG_CASE}/transmissions`, as: SG, asReceived: true },
  {
    operation: `POST ${SG_CASE}/transmissions`,
    as: SG,
    asReceived: true,
    with: {
      recipients: ['un-security-council', 'un-general-assembly', 'osce', 'asean'],
    },
  },
  { operation: `POST ${SG_CASE}/article-99-notifications`, as: SG },
  { operation: `POST ${SG_CASE}/good-offices`, as: SG },
  { operation: `POST ${SG_CASE}/special-envoys`, as: SG },
  { operation: `POST ${SG_CASE}/verge-of-manifest-failure-findings`, as: SG },
  { operation: `POST ${SG_CASE}/standing-group`, as: SG },
  { operation: `POST ${SG_CASE}/standing-group/meetings`, as: SG },
  { operation: `POST ${SG_CASE}/standing-group/options`, as: ['un-dpa'] },
  { operation: `POST ${SG_CASE}/recommendations`, as: SG },
  { operation: `POST ${SG_CASE}/standing-group/overdue-meetings`, as: SG },
  { operation: `POST ${REGIONAL}/drafts`, ...AU },
  { operation: `POST ${REGIONAL}/drafts/{draftId}/consensus`, ...AU },
  {
    operation: `POST ${REGIONAL}/drafts`,
    ...AU,
    with: { title: 'Illustrative: a second decision', occurredAt: undefined },
  },
  {
    operation: `POST ${REGIONAL}/drafts/{draftId}/consensus`,
    ...AU,
    with: { objections: ['member-state:SDN'], occurredAt: undefined },
  },
  { operation: `POST ${REGIONAL}/drafts/{draftId}/votes`, ...AU },
  {
    operation: `POST ${REGIONAL}/drafts`,
    as: ['osce'],
    path: { body: 'osce' },
    with: { matter: undefined, parties: [], occurredAt: undefined },
  },
  {
    operation: 'POST /regional-bodies/osce/cases/{caseId}/drafts/{draftId}/consensus-minus-one',
    as: ['osce'],
  },
  {
    operation: `POST ${REGIONAL}/drafts`,
    as: ['asean'],
    path: { body: 'asean' },
    with: { matter: undefined, parties: [], occurredAt: undefined },
  },
  {
    operation: `POST ${REGIONAL}/drafts/{draftId}/consensus`,
    as: ['asean'],
    path: { body: 'asean' },
    with: { objections: ['member-state:MMR'], occurredAt: undefined },
  },
  {
    operation: 'POST /regional-bodies/asean/cases/{caseId}/drafts/{draftId}/summit-decision-mode',
    as: ['asean'],
  },
  { operation: `POST ${STATE}/declared-postures`, ...KENYA },
  {
    operation: `POST ${STATE}/assessed-postures`,
    as: DRAFTER,
    path: KENYA.path,
  },
  { operation: `POST ${STATE}/assistance-requests`, ...KENYA },
  { operation: `POST ${STATE}/assistance-consents`, ...KENYA },
  { operation: `POST ${SG_CASE}/responses/measures`, as: SG },
  {
    operation: `POST ${SG_CASE}/responses/measures/{measureId}/status`,
    as: ['au-psc'],
  },
  {
    operation: `POST ${SG_CASE}/responses/measures/{measureId}/outcomes`,
    as: ['au-psc'],
  },
  { operation: `POST ${COUNCIL_CASE}/drafts`, as: COUNCIL },
  {
    operation: `POST ${COUNCIL_CASE}/drafts/{draftId}/classification`,
    as: COUNCIL,
  },
  { operation: `POST ${COUNCIL_CASE}/drafts/{draftId}/voting`, as: COUNCIL },
  { operation: `POST ${COUNCIL_CASE}/drafts/{draftId}/votes`, as: COUNCIL },
  ...councilVotes.map(([member, vote]): Step => ({
    operation: `POST ${COUNCIL_CASE}/drafts/{draftId}/votes`,
    as: COUNCIL,
    with: { member, vote },
  })),
  {
    operation: `POST ${COUNCIL_CASE}/drafts/{draftId}/voting/close`,
    as: COUNCIL,
  },
  {
    operation: `POST ${ASSEMBLY_CASE}/veto-debates/{draftId}/held`,
    as: ASSEMBLY,
  },
  {
    operation: `POST ${COUNCIL_CASE}/emergency-special-session-requests`,
    as: COUNCIL,
  },
  {
    operation: `POST ${COUNCIL_CASE}/drafts/{draftId}/classification`,
    as: COUNCIL,
    with: { procedural: true },
  },
  { operation: `POST ${COUNCIL_CASE}/drafts/{draftId}/voting`, as: COUNCIL },
  ...COUNCIL_2008.map(({ state }): Step => ({
    operation: `POST ${COUNCIL_CASE}/drafts/{draftId}/votes`,
    as: COUNCIL,
    with: { member: state, vote: 'yes' },
  })),
  {
    operation: `POST ${COUNCIL_CASE}/drafts/{draftId}/voting/close`,
    as: COUNCIL,
  },
  {
    operation: `POST ${ASSEMBLY_CASE}/emergency-special-sessions`,
    as: ASSEMBLY,
  },
  {
    operation: `POST ${ASSEMBLY_CASE}/emergency-special-sessions/{sessionId}/close`,
    as: ASSEMBLY,
  },
  {
    operation: `POST ${ASSEMBLY_CASE}/emergency-special-session-requests`,
    as: ['member-state:GHA'],
  },
  {
    operation: `POST ${ASSEMBLY_CASE}/emergency-special-session-requests/{requestId}/concurrences`,
    as: ['member-state:TZA'],
  },
  { operation: `POST ${ASSEMBLY_CASE}/resolutions`, as: ASSEMBLY },
  {
    operation: `POST ${ASSEMBLY_CASE}/resolutions/{resolutionId}/votes`,
    as: ASSEMBLY,
  },
  {
    operation: `POST ${ASSEMBLY_CASE}/resolutions/{resolutionId}/close`,
    as: ASSEMBLY,
  },
  { operation: `POST ${CASE}/reports/{reportId}/retraction`, as: DRAFTER },
  {
    operation: `POST ${ORGANS}/human-rights-council/reports`,
    as: ['un-human-rights-council'],
  },
  {
    operation: `POST ${ORGANS}/human-rights-council/reviews`,
    as: ['un-human-rights-council'],
  },
  {
    operation: `POST ${ORGANS}/peacebuilding-commission/engagements`,
    as: ['un-peacebuilding-commission'],
  },
  {
    operation: `POST ${ORGANS}/peacebuilding-commission/engagements/{engagementId}/conclusion`,
    as: ['un-peacebuilding-commission'],
  },
  { operation: `POST ${ORGANS}/ecosoc/recommendations`, as: ['un-ecosoc'] },
  { operation: `POST ${ORGANS}/lessons`, as: ['un-peacebuilding-commission'] },
  { operation: `POST ${CASE}/lessons-learned`, as: DRAFTER },
  {
    operation: `POST ${STATE}/assistance-consents/{consentId}/withdrawal`,
    ...KENYA,
  },
  { operation: 'POST /page-session', as: ['osce', 'OSCE auditor'] },
  { operation: 'POST /page-session/end', as: ['osce', 'OSCE auditor'] },
  { operation: 'POST /liaison/{body}/webhooks', ...AU },
  { operation: 'POST /liaison/{body}/webhooks/{id}/rotate-secret', ...AU },
  { operation: 'POST /liaison/{body}/webhooks/{id}/redeliver', ...AU },
  { operation: `POST ${CASE}/monitoring`, as: DRAFTER },
  { operation: `POST ${CASE}/closure`, as: DRAFTER },
];

const exampleOf = (operation: Operation): Json | undefined =>
  Object.values(operation.requestBody?.content['application/json']?.examples ?? {})[0]?.value;

/** Every field of an answer whose name ends in Id (and the digest, and a subscription's id), the first met of each, nearest the top first. */
function referencesIn(answer: unknown): Json {
  const found: Json = {};
  const queue: unknown[] = [answer];
  while (queue.length) {
    const next = queue.shift();
    if (!next || typeof next !== 'object') continue;
    for (const [key, value] of Object.entries(next)) {
      if (typeof value === 'string' && (key.endsWith('Id') || key === 'id' || key === 'contentDigest') && !(key in found))
        found[key] = value;
      else queue.push(value);
    }
  }
  return found;
}

/**
 * Every write of the API document carries a request example, and every example is accepted: the
 * examples are played in a case's workflow order against the running app, each reference to an
 * earlier step (EXAMPLE_REFS, and the id path parameters) standing for what that step created.
 */
describe('the request examples of the API document, played against the standalone app', () => {
  let rtop: Standalone;
  let writes: Map<string, Operation>;
  beforeAll(async () => {
    rtop = await startStandalone('pglite');
    const document = (await rtop.anonymous.get('/docs-json')).body as {
      paths: Record<string, { post?: Operation }>;
    };
    writes = new Map(Object.entries(document.paths).flatMap(([path, { post }]) => (post ? [[`POST ${path}`, post] as const] : [])));
  }, 300_000);
  afterAll(async () => {
    await rtop.stop();
  });

  it('gives every write that takes a body a request example', () => {
    const without = [...writes].filter(([, operation]) => operation.requestBody && !exampleOf(operation)).map(([name]) => name);
    expect(without).toEqual([]);
  });

  it('plays every write’s example, in the order of the workflow, and each is accepted', async () => {
    const latest: Json = {};
    const played = new Set<string>();
    const clients = new Map<string, Client>();
    const client = ([body, person = `${body} officer`]: readonly [Body, string?]) => {
      if (!clients.has(`${body}|${person}`)) clients.set(`${body}|${person}`, rtop.as(body, person));
      return clients.get(`${body}|${person}`)!;
    };
    for (const step of WORKFLOW) {
      const operation = writes.get(step.operation);
      if (!operation) throw new Error(`${step.operation} is not in the API document`);
      const path = step.operation
        .slice('POST '.length)
        .replace(/\{(\w+)\}/g, (_, name: string) => String(step.path?.[name] ?? latest[name]));
      let body = exampleOf(operation);
      if (body) {
        let text = JSON.stringify({ ...body, ...step.with });
        for (const [name, placeholder] of Object.entries(EXAMPLE_REFS)) text = text.replaceAll(placeholder, String(latest[name]));
        body = JSON.parse(text) as Json;
        if (step.asReceived) {
          // The assessment reaches the Secretary-General through the log, a moment after it was issued.
          const received = await eventually(async () => {
            const read = await client(SG).get(
              `/secretary-general/cases/${String(latest.caseId)}/assessments/${String(latest.assessmentId)}`,
            );
            expect(read.status).toBe(200);
            return read.body;
          });
          body = { ...body, content: received.content };
        }
      }
      // What an earlier step set off may still be on its way through the log: a refusal writes nothing, so it is asked again.
      const answer: HttpResult = await eventually(async () => {
        const sent = await client(step.as).post(path, body ?? {}); // a write without a body is sent {}, as the demo sends it
        if (sent.status >= 300) throw new Error(`${step.operation} as ${step.as[0]} answered ${sent.status}: ${JSON.stringify(sent.body)}`);
        return sent;
      }, 15_000);
      Object.assign(latest, referencesIn(answer.body));
      if (!step.with) played.add(step.operation);
    }
    expect([...writes.keys()].filter((name) => !played.has(name))).toEqual([]);
  }, 600_000);
});
