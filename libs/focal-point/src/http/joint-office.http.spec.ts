import { HttpResult, eventually } from '@rtop/testing';
import { Standalone, startStandalone } from '../../../../test/standalone/standalone-harness';

const kenya = {
  situation: 'Kenya, post-election violence',
  crimes: [{ crime: 'crimes-against-humanity', incitement: true }, { crime: 'ethnic-cleansing' }],
  summary: 'Violence after the disputed presidential election of 27 December 2007',
};
const report = {
  source: { name: 'Jane Witness', protected: true },
  channel: 'un-field-presence',
  credibility: 2,
  observedAt: '2008-01-01T12:00:00Z',
  location: 'Eldoret, Rift Valley',
  riskFactors: [8, 11],
  summary: 'Church sheltering displaced families set on fire',
};
const rabat = {
  context: 'A disputed election',
  speaker: 'Local radio presenters',
  intent: 'Calls to act against a community',
  contentAndForm: 'Coded calls repeated over days',
  extentAndMagnitude: 'Heard across the province',
  likelihoodIncludingImminence: 'Attacks followed within days',
};
const draftOn = (reportId: string) => ({
  risks: [
    {
      crime: 'crimes-against-humanity',
      level: 'high',
      findings: [{ indicator: '11.1', finding: 'Attacks on civilians of one community', reportIds: [reportId] }],
      rationale: 'Organised attacks',
    },
  ],
  incitement: [{ crime: 'crimes-against-humanity', rabat, conclusion: 'meets-threshold', reportIds: [reportId] }],
  ethnicCleansing: { assessedThrough: ['crimes-against-humanity'] },
  summary: 'High risk of crimes against humanity in the Rift Valley',
});

describe('the Joint Office over HTTP: sources, reports, reviewed assessments, monitoring and closure', () => {
  let rtop: Standalone;
  beforeAll(async () => {
    rtop = await startStandalone('pglite');
  }, 60_000);
  afterAll(async () => {
    await rtop.stop();
  });

  const adviser = () => rtop.as('un-joint-office', 'adviser-1');
  const secondReader = () => rtop.as('un-joint-office', 'adviser-2');

  /** Reads answer from a read model that follows the writes: read until it shows what was just written. */
  const readOnceShown = (path: string, shown: (body: HttpResult['body']) => void) =>
    eventually(async () => {
      const read = await adviser().get(path);
      expect(read.status).toBe(200);
      shown(read.body);
      return read;
    });

  async function openCase(): Promise<string> {
    const opened = await adviser().post('/cases', kenya);
    expect(opened.status).toBe(201);
    return opened.body.caseId;
  }

  it('keeps a source’s reliability as a history on the source; each report carries the grade of its filing', async () => {
    const caseId = await openCase();
    const before = await adviser().post(`/cases/${caseId}/reports`, report);
    expect(before.body.reliability).toBe('F');
    const graded = await adviser().post(`/cases/${caseId}/source-gradings`, {
      source: report.source,
      reliability: 'B',
      reason: 'Three earlier accounts confirmed',
    });
    expect(graded.status).toBe(201);
    const pseudonym = before.body.source.pseudonym as string;
    expect(graded.body.source).toEqual({ kind: 'protected', pseudonym });
    const regraded = await adviser().post(`/cases/${caseId}/source-gradings`, {
      source: { pseudonym },
      reliability: 'D',
      reason: 'An account proved false',
    });
    expect(regraded.status).toBe(201);
    const after = await adviser().post(`/cases/${caseId}/reports`, report);
    expect(after.body.reliability).toBe('D');

    const history = await readOnceShown(`/sources/protected/${pseudonym}/reliability`, (body) => expect(body.history).toHaveLength(2));
    expect(history.body).toMatchObject({
      current: 'D',
      history: [
        { reliability: 'B', reason: 'Three earlier accounts confirmed', caseId },
        { reliability: 'D', reason: 'An account proved false', caseId },
      ],
    });
    expect(history.body.history[0].gradedAt).toEqual(expect.any(String));
    await readOnceShown(`/cases/${caseId}/reports`, (body) =>
      expect(body.items.map((r: { reliability: string }) => r.reliability)).toEqual(['F', 'D']),
    );
    expect(JSON.stringify((await rtop.allEvents()).map(({ data, metadata }) => ({ data, metadata })))).not.toContain('Jane Witness');
    expect((await adviser().get('/sources/unknown/x/reliability')).status).toBe(400);
  });

  it('answers a report sent again with its Idempotency-Key as first filed, though its source was graded in between', async () => {
    const caseId = await openCase();
    const witness = { ...report, source: { name: 'Witness retried', protected: true } };
    const key = { 'idempotency-key': `report-${caseId}` };
    const first = await adviser().post(`/cases/${caseId}/reports`, witness, key);
    expect(first).toMatchObject({ status: 201, body: { reliability: 'F' } });
    const graded = await adviser().post(`/cases/${caseId}/source-gradings`, {
      source: witness.source,
      reliability: 'A',
      reason: 'Confirmed',
    });
    expect(graded.status).toBe(201);

    const again = await secondReader().post(`/cases/${caseId}/reports`, witness, key);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    const changed = await adviser().post(`/cases/${caseId}/reports`, { ...witness, summary: 'Another account' }, key);
    expect(changed).toMatchObject({ status: 422, body: { rule: 'idempotency-key-reused' } });
    const filed = (await (await rtop.storeOf('focal-point')).readStream(`focal-point-case-${caseId}`)).filter(
      (event) => event.type === 'information-report-filed',
    );
    expect(filed.map((event) => (event.data as { reliability: string }).reliability)).toEqual(['F']);
  });

  it('moderates, verifies, corrects and retracts reports as events, and confirms only on independent corroboration', async () => {
    const caseId = await openCase();
    const first = (await adviser().post(`/cases/${caseId}/reports`, report)).body.reportId;
    const before = await rtop.settledEventCount();
    const unconfirmed = await adviser().post(`/cases/${caseId}/reports`, { ...report, credibility: 1 });
    expect([unconfirmed.status, unconfirmed.body.rule]).toEqual([422, 'confirmed-needs-corroboration']);
    expect(await rtop.settledEventCount()).toBe(before);

    const redCross = { ...report, source: { name: 'Kenya Red Cross', protected: false }, channel: 'ngo' };
    const second = (await adviser().post(`/cases/${caseId}/reports`, redCross)).body.reportId;
    expect((await adviser().post(`/cases/${caseId}/reports/${first}/approval`, {})).status).toBe(201);
    const verified = await adviser().post(`/cases/${caseId}/reports/${first}/verification`, {
      credibility: 1,
      corroboratedBy: [second],
      method: 'Matched against the Red Cross account',
    });
    expect(verified.status).toBe(201);
    const corrected = await adviser().post(`/cases/${caseId}/reports/${second}/corrections`, {
      corrected: { location: 'Kiambaa, near Eldoret' },
      reason: 'Wrong village',
    });
    expect(corrected.status).toBe(201);
    const retracted = await adviser().post(`/cases/${caseId}/reports/${second}/retraction`, { reason: 'The account was withdrawn' });
    expect(retracted.status).toBe(201);
    expect((await adviser().post(`/cases/${caseId}/reports/${second}/retraction`, { reason: 'again' })).status).toBe(409);

    const reports = await readOnceShown(`/cases/${caseId}/reports`, (body) => expect(body.items[1]?.retraction).not.toBeNull());
    expect(reports.body.items).toEqual([
      expect.objectContaining({
        reportId: first,
        moderation: 'approved',
        verification: 'verified',
        credibility: 1,
        corroboratedBy: [second],
      }),
      expect.objectContaining({
        reportId: second,
        moderation: 'awaiting-approval',
        location: 'Kiambaa, near Eldoret',
        corrections: [{ corrected: { location: 'Kiambaa, near Eldoret' }, reason: 'Wrong village' }],
        retraction: { reason: 'The account was withdrawn' },
      }),
    ]);
    const citesRetracted = await adviser().post(`/cases/${caseId}/assessment-drafts`, draftOn(second));
    expect([citesRetracted.status, citesRetracted.body.rule]).toEqual([422, 'retracted-report-not-cited']);
  });

  it('issues an assessment only after its review, exactly as drafted', async () => {
    const caseId = await openCase();
    const reportId = (await adviser().post(`/cases/${caseId}/reports`, report)).body.reportId;

    const cleansing = draftOn(reportId);
    const asCrime = await adviser().post(`/cases/${caseId}/assessment-drafts`, {
      ...cleansing,
      risks: [{ ...cleansing.risks[0], crime: 'ethnic-cleansing' }],
    });
    expect([asCrime.status, asCrime.body.rule]).toEqual([422, 'ethnic-cleansing-assessed-through-crimes']);
    const wrongFactor = await adviser().post(`/cases/${caseId}/assessment-drafts`, {
      ...cleansing,
      risks: [{ ...cleansing.risks[0], findings: [{ indicator: '9.1', finding: 'x', reportIds: [reportId] }] }],
    });
    expect([wrongFactor.status, wrongFactor.body.rule]).toEqual([422, 'crime-specific-risk-factors']);
    const partialRabat = await adviser().post(`/cases/${caseId}/assessment-drafts`, {
      ...cleansing,
      incitement: [{ ...cleansing.incitement[0], rabat: { ...rabat, intent: '' } }],
    });
    expect([partialRabat.status, partialRabat.body.rule]).toEqual([400, 'rabat-six-part-test']);

    const drafted = await adviser().post(`/cases/${caseId}/assessment-drafts`, cleansing);
    expect(drafted.status).toBe(201);
    expect(drafted.body.reviewChecklist).toEqual(['sources-graded', 'evidence-linked', 'legal-review', 'second-reader']);
    const { assessmentId } = drafted.body;
    const early = await adviser().post(`/cases/${caseId}/assessments`, { assessmentId });
    expect([early.status, early.body.rule]).toEqual([422, 'review-checklist-complete']);
    const ownReading = await adviser().post(`/cases/${caseId}/assessment-drafts/${assessmentId}/review-steps`, { step: 'second-reader' });
    expect([ownReading.status, ownReading.body.rule]).toEqual([422, 'second-reader-is-another-person']);
    for (const step of ['sources-graded', 'evidence-linked', 'legal-review']) {
      expect((await adviser().post(`/cases/${caseId}/assessment-drafts/${assessmentId}/review-steps`, { step, note: 'done' })).status).toBe(
        201,
      );
    }
    expect(
      (await secondReader().post(`/cases/${caseId}/assessment-drafts/${assessmentId}/review-steps`, { step: 'second-reader' })).status,
    ).toBe(201);

    const issued = await adviser().post(`/cases/${caseId}/assessments`, { assessmentId });
    expect(issued.status).toBe(201);
    expect(issued.body.content).toMatchObject({ assessmentId, caseId, ...cleansing });
    expect(issued.body.contentDigest).toMatch(/^sha256:/);
    await readOnceShown(`/cases/${caseId}`, (body) => expect(body.counts).toMatchObject({ drafts: 0, assessmentsIssued: 1 }));
    expect((await adviser().get(`/cases/${caseId}/assessments`)).body).toEqual({
      items: [{ assessmentId, contentDigest: issued.body.contentDigest, issuedAt: issued.body.content.issuedAt }],
      next: null,
    });
    expect((await adviser().get(`/cases/${caseId}/assessment-drafts`)).body).toEqual({ items: [], next: null });
  });

  it('monitors and closes a case; closed, it takes no new reports but still the lessons and warnings others send', async () => {
    const caseId = await openCase();
    expect((await adviser().post(`/cases/${caseId}/monitoring`, { reason: 'Violence has subsided' })).status).toBe(201);
    expect((await adviser().post(`/cases/${caseId}/closure`, { reason: 'Power-sharing agreement holds' })).status).toBe(201);
    const closedFiling = await adviser().post(`/cases/${caseId}/reports`, report);
    expect([closedFiling.status, closedFiling.body.rule]).toEqual([409, 'case-not-closed']);

    const lesson = await rtop.as('un-peacebuilding-commission').post(`/cases/${caseId}/lessons-learned`, {
      contributor: 'Peacebuilding Commission',
      lesson: 'Warnings reached the Council late',
    });
    expect(lesson.status).toBe(201);
    expect((await rtop.as('un-security-council').post(`/cases/${caseId}/lessons-learned`, { contributor: 'x', lesson: 'y' })).status).toBe(
      403,
    );
    const warning = await rtop.as('igad').post(`/cases/${caseId}/early-warning-reports`, {
      regionalReportId: 'cewarn-2008-014',
      summary: 'Raids rising',
      observedAt: '2007-12-30T00:00:00Z',
      location: 'Karamoja cluster',
    });
    expect(warning.status).toBe(201);

    const view = await readOnceShown(`/cases/${caseId}`, (body) => expect(body.counts).toMatchObject({ reports: 1, lessons: 1 }));
    expect(view.body.standing).toEqual({ kind: 'closed', reason: 'Power-sharing agreement holds' });
    expect((await adviser().get(`/cases/${caseId}/lessons-learned`)).body.items).toEqual([
      expect.objectContaining({ contributor: 'Peacebuilding Commission' }),
    ]);
    expect((await adviser().get(`/cases/${caseId}/reports`)).body.items).toEqual([
      expect.objectContaining({
        channel: 'regional-early-warning',
        source: { kind: 'named', name: 'igad' },
        credibility: 6,
        reliability: 'F',
      }),
    ]);
  });

  it('shows its case file and its sources to the Joint Office and auditors; to anyone else they do not exist', async () => {
    const caseId = await openCase();
    const filed = await adviser().post(`/cases/${caseId}/reports`, report);
    const pseudonym = filed.body.source.pseudonym as string;
    await adviser().post(`/cases/${caseId}/source-gradings`, { source: { pseudonym }, reliability: 'C', reason: 'One account confirmed' });
    const file = await readOnceShown(`/cases/${caseId}`, (body) => expect(body.counts.reports).toBe(1));
    const source = await readOnceShown(`/sources/protected/${pseudonym}/reliability`, (body) => expect(body.current).toBe('C'));

    const auditor = rtop.as('un-secretary-general', 'auditor-1', 'auditor');
    const audited = await auditor.get(`/cases/${caseId}`);
    expect([audited.status, audited.headers.get('etag'), audited.body]).toEqual([200, file.headers.get('etag'), file.body]);
    expect((await auditor.get(`/sources/protected/${pseudonym}/reliability`)).body).toEqual(source.body);

    const neverOpened = 'c0ffee00-0000-4000-8000-00000000dead';
    for (const body of ['un-secretary-general', 'un-dpa', 'un-security-council', 'au-psc', 'member-state:KEN'] as const) {
      for (const id of [caseId, neverOpened]) {
        expect(await rtop.as(body).get(`/cases/${id}`)).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
      }
      for (const key of [pseudonym, 'never-graded']) {
        expect(await rtop.as(body).get(`/sources/protected/${key}/reliability`)).toMatchObject({
          status: 404,
          body: { rule: 'source-exists' },
        });
      }
    }
    expect(await adviser().get(`/cases/${neverOpened}`)).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
  });

  it('documents every Joint Office operation with its refusals', async () => {
    const { paths } = (await rtop.anonymous.get('/docs-json')).body;
    const refusals = (path: string, method = 'post') => Object.keys(paths[path][method].responses);
    expect(refusals('/cases/{caseId}/reports')).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409', '422']));
    for (const path of [
      '/cases/{caseId}/reports/{reportId}/verification',
      '/cases/{caseId}/assessment-drafts',
      '/cases/{caseId}/assessment-drafts/{assessmentId}/review-steps',
      '/cases/{caseId}/assessments',
    ]) {
      expect(refusals(path)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409', '422']));
    }
    for (const path of [
      '/cases/{caseId}/reports/{reportId}/approval',
      '/cases/{caseId}/reports/{reportId}/corrections',
      '/cases/{caseId}/reports/{reportId}/retraction',
      '/cases/{caseId}/early-warning-reports',
      '/cases/{caseId}/monitoring',
      '/cases/{caseId}/closure',
      '/cases/{caseId}/lessons-learned',
      '/cases/{caseId}/source-gradings',
    ]) {
      expect(refusals(path)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409']));
    }
    expect(refusals('/sources/{kind}/{key}/reliability', 'get')).toEqual(expect.arrayContaining(['200', '400', '401', '404']));
    expect(paths['/cases/{caseId}'].get['x-read-policy']).toMatch(/^Joint Office, auditors/);
    for (const part of ['reports', 'assessment-drafts', 'assessments', 'lessons-learned']) {
      const page = paths[`/cases/{caseId}/${part}`].get;
      expect(refusals(`/cases/{caseId}/${part}`, 'get')).toEqual(expect.arrayContaining(['200', '400', '401', '404']));
      expect(page['x-read-policy']).toMatch(/^Joint Office, auditors/);
      expect(page.parameters.filter((p: { in: string }) => p.in === 'query')).toEqual([
        expect.objectContaining({ name: 'limit', required: false }),
        expect.objectContaining({ name: 'cursor', required: false }),
      ]);
    }
    expect(paths['/sources/{kind}/{key}/reliability'].get['x-read-policy']).toMatch(/^Joint Office, auditors/);
  });
});
