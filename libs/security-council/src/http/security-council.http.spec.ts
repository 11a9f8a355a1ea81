import { INestApplication } from '@nestjs/common';
import { EventLogModule } from '@rtop/event-log';
import { AUDITOR_ROLE, Body } from '@rtop/kernel';
import { ContextApp, eventually, httpClient, openedByTheJointOffice, startContextApp } from '@rtop/testing';
import { SecurityCouncilModule } from '../security-council.module';

let rtop: ContextApp;
let app: INestApplication;
let baseUrl: string;
const as = (body: Body, role = 'officer') => rtop.as(body, role);

beforeAll(async () => {
  rtop = await startContextApp('security-council-http', [EventLogModule.forContext('focal-point'), SecurityCouncilModule]);
  ({ app, baseUrl } = rtop);
}, 120_000);
afterAll(async () => {
  await rtop.stop();
});

const caseId = 'c0ffee00-0000-4000-8000-0000000000c1';
const neverBefore = 'c0ffee00-0000-4000-8000-0000000000c9';
const onCase = (id: string) => `/security-council/cases/${id}`;
const resolution = {
  title: 'The situation in Kenya',
  chapter: 'VI',
  measures: [{ kind: 'mediation-support', coercive: false }],
  authorisedBodies: [],
  manifestFailureDetermined: false,
  credibleAtrocityPrevention: false,
  partiesToDispute: [],
};

describe('reading the Security Council’s file over HTTP', () => {
  let draftId: string;

  beforeAll(async () => {
    // Given the Joint Office opened the case, and the Council took it up of its own motion (revisions 0 and 1).
    await openedByTheJointOffice(app, caseId, [{ context: 'security-council', streamId: `security-council-case-${caseId}` }]);
    expect(
      (await as('un-security-council').post(`${onCase(caseId)}/take-up`, { reason: 'Brought to its attention (Art. 35)' })).status,
    ).toBe(201);
    const tabled = await as('un-security-council').post(`${onCase(caseId)}/drafts`, resolution);
    expect(tabled.status).toBe(201);
    draftId = tabled.body.draftId;
  });

  it('given a draft tabled, when the Council reads its file, then the read model answers with the draft and the stored revision as ETag', async () => {
    const read = await eventually(async () => {
      const response = await as('un-security-council').get(onCase(caseId));
      expect(response.body.drafts).toHaveLength(1);
      return response;
    });
    expect(read.status).toBe(200);
    expect(read.headers.get('etag')).toBe('"2"');
    expect(read.body).toMatchObject({
      caseId,
      revision: '2',
      drafts: [{ draftId, status: 'tabled', proposal: { kind: 'resolution', chapter: 'VI' } }],
    });

    const draft = await as('un-security-council').get(`${onCase(caseId)}/drafts/${draftId}`);
    expect(draft).toMatchObject({ status: 200, body: { draftId, status: 'tabled', votes: [] } });
    expect(draft.headers.get('etag')).toBe('"2"');
  });

  it('given the same file, when an auditor of any body reads it, then it is answered', async () => {
    const read = await as('member-state:KEN', AUDITOR_ROLE).get(onCase(caseId));
    expect(read).toMatchObject({ status: 200, body: { drafts: [{ draftId }] } });
  });

  it('given the same file, when any other body reads it or its draft, then 404 case-exists, word for word the answer for a case never before the Council', async () => {
    const never = await as('un-security-council').get(onCase(neverBefore));
    expect(never).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
    const asForNoCase = { status: 404, body: { rule: 'case-exists', detail: never.body.detail.replace(neverBefore, caseId) } };
    for (const body of ['un-general-assembly', 'un-secretary-general', 'un-joint-office', 'au-psc', 'member-state:RUS'] as const) {
      expect(await as(body).get(onCase(caseId))).toMatchObject(asForNoCase);
      expect(await as(body).get(`${onCase(caseId)}/drafts/${draftId}`)).toMatchObject(asForNoCase);
    }
  });

  it('given a case only known to the Council (opened, never placed before it), when the Council reads it, then 404 case-exists', async () => {
    const known = 'c0ffee00-0000-4000-8000-0000000000c2';
    await openedByTheJointOffice(app, known, [{ context: 'security-council', streamId: `security-council-case-${known}` }]);
    expect(await as('un-security-council').get(onCase(known))).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
    expect(await as('un-security-council').post(`${onCase(known)}/drafts`, resolution)).toMatchObject({
      status: 404,
      body: { rule: 'case-exists' },
    });
  });

  it('given a draft id never tabled, when the Council reads it, then 404 draft-tabled', async () => {
    expect(await as('un-security-council').get(`${onCase(caseId)}/drafts/no-such-draft`)).toMatchObject({
      status: 404,
      body: { rule: 'draft-tabled' },
    });
  });

  it('declares who may read on every read', async () => {
    const { paths } = (await httpClient(baseUrl).get('/docs-json')).body;
    const reads = Object.entries(paths as Record<string, { get?: Record<string, unknown> }>).filter(
      ([path, item]) => path.startsWith('/security-council/') && item.get,
    );
    expect(reads.map(([path]) => path)).toEqual(['/security-council/cases/{caseId}', '/security-council/cases/{caseId}/drafts/{draftId}']);
    for (const [, item] of reads) expect(item.get!['x-read-policy']).toMatch(/^The Security Council and auditors/);
  });
});
