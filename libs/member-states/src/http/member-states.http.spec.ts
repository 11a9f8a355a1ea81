import { INestApplication } from '@nestjs/common';
import { EventLogModule } from '@rtop/event-log';
import { Body } from '@rtop/kernel';
import { ProjectionRegistry } from '@rtop/read-model';
import { ContextApp, eventually, httpClient, openedByTheJointOffice, startContextApp } from '@rtop/testing';
import { MemberStatesModule } from '../member-states.module';

let rtop: ContextApp;
let app: INestApplication;
let baseUrl: string;
const as = (body: Body, role = 'officer') => rtop.as(body, role);

beforeAll(async () => {
  rtop = await startContextApp('member-states-http', [EventLogModule.forContext('focal-point'), MemberStatesModule]);
  ({ app, baseUrl } = rtop);
  // Given the Joint Office opened the cases these tests act on (each noted at revision 0 of the case's stream).
  for (const opened of [
    'c0ffee00-0000-4000-8000-000000000001',
    'c0ffee00-0000-4000-8000-000000000002',
    'c0ffee00-0000-4000-8000-000000000003',
    'c0ffee00-0000-4000-8000-000000000004',
    'c0ffee00-0000-4000-8000-000000000005',
  ]) {
    await openedByTheJointOffice(app, opened, [{ context: 'member-states', streamId: `member-states-case-${opened}` }]);
  }
}, 120_000);
afterAll(async () => {
  await rtop.stop();
});

const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const base = `/member-states/cases/${caseId}/states`;

describe('member states over HTTP', () => {
  it('records a state’s posture, its request and its consent, and the Joint Office’s assessment beside them', async () => {
    const kenya = as('member-state:KEN');
    expect(
      (await kenya.post(`${base}/KEN/declared-postures`, { posture: 'willing-but-unable', reasons: ['Police overwhelmed'] })).status,
    ).toBe(201);
    const requested = await kenya.post(`${base}/KEN/assistance-requests`, {
      kinds: ['mediation'],
      description: 'Mediation between the parties',
    });
    expect(requested.status).toBe(201);
    const consented = await kenya.post(`${base}/KEN/assistance-consents`, {
      requestId: requested.body.requestId,
      offeredBy: 'au-assembly',
      kinds: ['mediation'],
      description: 'Panel of Eminent African Personalities',
    });
    expect(consented.status).toBe(201);
    expect(consented.body.events[0]).toMatchObject({
      type: 'assistance-consented',
      data: { state: 'KEN', requestId: requested.body.requestId },
    });
    const assessed = await as('un-joint-office').post(`${base}/KEN/assessed-postures`, {
      posture: 'unwilling',
      reasons: ['Security forces implicated'],
    });
    expect(assessed.status).toBe(201);

    // The read model follows the store: the record shows the four changes once it has caught up.
    const view = await eventually(async () => {
      const read = await as('un-secretary-general').get(`${base}/KEN`);
      expect(read.headers.get('etag')).toBe('"4"');
      return read;
    });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({
      state: 'KEN',
      declared: [{ posture: 'willing-but-unable' }],
      assessed: [{ posture: 'unwilling', assessedBy: 'un-joint-office' }],
      requests: [{ requestId: requested.body.requestId }],
      consents: [{ consentId: consented.body.consentId, status: 'given' }],
    });

    const withdrawn = await kenya.post(`${base}/KEN/assistance-consents/${consented.body.consentId}/withdrawal`, {
      reason: 'Mediation concluded',
    });
    expect(withdrawn.status).toBe(201);
  });

  it('shows a state its own record, and every state’s only to the Secretary-General, the standing group and auditors', async () => {
    const otherCase = 'c0ffee00-0000-4000-8000-000000000003';
    const base = `/member-states/cases/${otherCase}/states`;
    const all = `/member-states/cases/${otherCase}`;
    const kenya = as('member-state:KEN');
    expect(
      (await kenya.post(`${base}/KEN/declared-postures`, { posture: 'willing-but-unable', reasons: ['Police overwhelmed'] })).status,
    ).toBe(201);
    const own = await eventually(async () => {
      const read = await kenya.get(`${base}/KEN`);
      expect(read.status).toBe(200);
      return read;
    });
    expect(own.body).toMatchObject({ state: 'KEN', declared: [{ posture: 'willing-but-unable' }] });
    expect((await as('un-dpa').get(all)).status).toBe(200);
    expect((await as('un-ocha').get(`${base}/KEN`)).status).toBe(200);
    expect((await as('osce', 'auditor').get(all)).status).toBe(200);

    // Refused as a record that does not exist, whether or not it does: nothing leaks to other readers.
    for (const [reader, path] of [
      [as('member-state:UGA'), `${base}/KEN`],
      [as('member-state:KEN'), all],
      [as('un-security-council'), `${base}/KEN`],
      [as('un-joint-office'), all],
      [as('au-psc'), `/member-states/cases/c0ffee00-0000-4000-8000-000000000002/states/KEN`],
    ] as const) {
      expect(await reader.get(path)).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
    }
  });

  it('answers from its read model, not from the events: a change shows once the model has taken it', async () => {
    const thirdCase = 'c0ffee00-0000-4000-8000-000000000004';
    const path = `/member-states/cases/${thirdCase}/states/KEN`;
    const kenya = as('member-state:KEN');
    const sg = as('un-secretary-general');
    expect((await kenya.post(`${path}/declared-postures`, { posture: 'willing-but-unable', reasons: ['Police overwhelmed'] })).status).toBe(
      201,
    );
    const registry = app.get(ProjectionRegistry);
    await registry.caughtUp();
    expect((await sg.get(path)).headers.get('etag')).toBe('"1"');

    // Given the model held still, when the state declares again, then a read still answers the revision the model holds.
    const model = registry.all.find((runner) => runner.name === 'member-states.case-states')!;
    await model.stop();
    try {
      expect((await kenya.post(`${path}/declared-postures`, { posture: 'willing-and-able', reasons: ['Accord signed'] })).status).toBe(201);
      const stale = await sg.get(path);
      expect([stale.headers.get('etag'), stale.body.declared]).toEqual([
        '"1"',
        [expect.objectContaining({ posture: 'willing-but-unable' })],
      ]);
    } finally {
      model.start();
    }
    await registry.caughtUp();
    const fresh = await sg.get(path);
    expect([fresh.headers.get('etag'), fresh.body.declared.map((d: { posture: string }) => d.posture)]).toEqual([
      '"2"',
      ['willing-but-unable', 'willing-and-able'],
    ]);
  });

  it('answers a write’s revision as its ETag, takes it back as If-Match, and answers a retried key with the first outcome', async () => {
    const path = `/member-states/cases/c0ffee00-0000-4000-8000-000000000005/states/KEN`;
    const kenya = as('member-state:KEN');
    const key = { 'idempotency-key': 'declare-ken-1' };
    const declared = await kenya.post(`${path}/declared-postures`, { posture: 'willing-but-unable', reasons: ['Police overwhelmed'] }, key);
    expect([declared.status, declared.body.revision, declared.headers.get('etag')]).toEqual([201, '1', '"1"']);

    const requested = await kenya.post(
      `${path}/assistance-requests`,
      { kinds: ['mediation'], description: 'Mediation' },
      { 'if-match': '"1"' },
    );
    expect([requested.status, requested.headers.get('etag')]).toEqual([201, '"2"']);
    const stale = await kenya.post(
      `${path}/declared-postures`,
      { posture: 'willing-and-able', reasons: ['Accord signed'] },
      { 'if-match': '"1"' },
    );
    expect(stale).toMatchObject({ status: 409, body: { rule: 'optimistic-concurrency' } });

    // The same key and request again: the first outcome, its revision, nothing written twice.
    const retried = await kenya.post(`${path}/declared-postures`, { posture: 'willing-but-unable', reasons: ['Police overwhelmed'] }, key);
    expect([retried.status, retried.body.revision, retried.headers.get('etag')]).toEqual([201, '1', '"1"']);
    // The same key with another request is refused, not taken for a retry.
    const reused = await kenya.post(`${path}/declared-postures`, { posture: 'unwilling', reasons: ['Changed course'] }, key);
    expect(reused).toMatchObject({ status: 422, body: { rule: 'idempotency-key-reused' } });
  });

  it('answers each refusal with the rule it enforces', async () => {
    const refused = await as('member-state:UGA').post(`${base}/KEN/declared-postures`, { posture: 'unwilling', reasons: ['r'] });
    expect(refused).toMatchObject({ status: 403, body: { rule: 'remit' } });
    const badCode = await as('member-state:KEN').post(`${base}/Kenya/assistance-requests`, { kinds: ['mediation'], description: 'd' });
    expect(badCode).toMatchObject({ status: 400, body: { rule: 'iso-3166-alpha-3' } });
    const unknownRequest = await as('member-state:KEN').post(`${base}/KEN/assistance-consents`, {
      requestId: 'c0ffee00-0000-4000-8000-0000000000ff',
      offeredBy: 'un-undp',
      kinds: ['capacity-building'],
      description: 'd',
    });
    expect(unknownRequest).toMatchObject({ status: 404, body: { rule: 'assistance-requested' } });
    const unknownBody = await as('member-state:KEN').post(`${base}/KEN/assistance-consents`, {
      offeredBy: 'world-bank',
      kinds: ['other'],
      description: 'd',
    });
    expect(unknownBody.status).toBe(400);
    expect(await as('un-secretary-general').get(`/member-states/cases/c0ffee00-0000-4000-8000-000000000002`)).toMatchObject({
      status: 404,
      body: { rule: 'member-state-on-record' },
    });
    expect((await httpClient(baseUrl).get(`${base}/KEN`)).status).toBe(401);
  });

  it('documents every operation with the refusals it can answer', async () => {
    const { paths } = (await httpClient(baseUrl).get('/docs-json')).body;
    const responses = (path: string, method: string) => Object.keys(paths[`/member-states/cases/{caseId}${path}`][method].responses).sort();
    expect(responses('/states/{state}/declared-postures', 'post')).toEqual(['201', '400', '401', '403', '409', '413', '415', '422']);
    // Every write may answer 422 for an Idempotency-Key reused with a different request.
    expect(responses('/states/{state}/assessed-postures', 'post')).toEqual(['201', '400', '401', '403', '409', '413', '415', '422']);
    expect(responses('/states/{state}/assistance-requests', 'post')).toEqual(['201', '400', '401', '403', '409', '413', '415', '422']);
    expect(responses('/states/{state}/assistance-consents', 'post')).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '422',
    ]);
    expect(responses('/states/{state}/assistance-consents/{consentId}/withdrawal', 'post')).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '413',
      '415',
      '422',
    ]);
    expect(responses('/states/{state}', 'get')).toEqual(['200', '401', '404']);
    expect(responses('', 'get')).toEqual(['200', '401', '404']);
  });
});
