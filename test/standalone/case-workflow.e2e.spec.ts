import { KENYA, PROTECTED_REPORT, assessmentOn, eventually } from '@rtop/testing';
import { Adapter, Standalone, startStandalone } from './standalone-harness';
import { auditor, caseWithReport, jointOffice, receivedAssessment, reviewedDraft, secretaryGeneral } from './case-steps';

describe.each<Adapter>(['pglite', 'postgres'])('the case workflow over HTTP, standalone on %s', (adapter) => {
  let rtop: Standalone;
  beforeAll(async () => {
    rtop = await startStandalone(adapter);
  }, 60_000);
  afterAll(async () => {
    await rtop.stop();
  });

  it('carries a case from reports to an assessment the Secretary-General transmits, and keeps its timeline', async () => {
    const { caseId, assessmentId, issued, received } = await receivedAssessment(rtop);
    expect(received.content).toEqual(issued.content);
    expect(received.contentDigest).toBe(issued.contentDigest);

    const toCouncil = await secretaryGeneral(rtop).post(`/secretary-general/cases/${caseId}/transmissions`, {
      assessmentId,
      recipients: ['un-security-council', 'au-psc'],
      content: received.content,
    });
    expect(toCouncil.status).toBe(201);
    const toAssembly = await secretaryGeneral(rtop).post(`/secretary-general/cases/${caseId}/transmissions`, {
      assessmentId,
      recipients: ['un-general-assembly'],
      content: received.content,
    });
    expect(toAssembly.status).toBe(201);

    // Every organ a transmission names puts the assessment before itself, through the event log.
    // Every context that acts on cases noted the case when the Joint Office opened it (the Secretary-General in its file and its responses).
    const noted = [
      'secretary-general',
      'secretary-general',
      'security-council',
      'general-assembly',
      'regional-bodies',
      'member-states',
      'other-organs',
    ].map((context) => [context, 'case-noted']);
    const reactions = [
      ...noted,
      ['security-council', 'assessment-placed-on-agenda'],
      ['general-assembly', 'assessment-placed-on-agenda'],
      ['regional-bodies', 'assessment-placed-before-body'],
    ];
    const timeline = await eventually(async () => {
      const response = await auditor(rtop).get(`/cases/${caseId}/timeline`);
      const events = response.body.events as { type: string; context: string; recordedAt: string; actor: { body: string } }[];
      expect(events.map((e) => [e.context, e.type])).toEqual(expect.arrayContaining(reactions));
      expect(events).toHaveLength(11 + reactions.length);
      return events;
    });
    const ofJointOfficeAndSecretaryGeneral = timeline.filter(
      (e) => ['focal-point', 'secretary-general'].includes(e.context) && e.type !== 'case-noted',
    );
    expect(ofJointOfficeAndSecretaryGeneral.map((e) => [e.context, e.type])).toEqual([
      ['focal-point', 'case-opened'],
      ['focal-point', 'information-report-filed'],
      ['focal-point', 'assessment-drafted'],
      ...Array.from({ length: 4 }, () => ['focal-point', 'review-step-completed']),
      ['focal-point', 'assessment-issued'],
      ['secretary-general', 'assessment-received'],
      ['secretary-general', 'assessment-transmitted'],
      ['secretary-general', 'assessment-transmitted'],
    ]);
    expect(timeline.find((e) => e.type === 'assessment-transmitted')!.actor.body).toBe('un-secretary-general');

    const drafted = timeline.find((e) => e.type === 'assessment-drafted')!;
    const beforeAssessment = new Date(new Date(drafted.recordedAt).getTime() - 1).toISOString();
    const past = await auditor(rtop).get(`/cases/${caseId}/timeline?asOf=${beforeAssessment}`);
    expect(past.status).toBe(200);
    const pastOfJointOffice = past.body.events
      .filter((e: { context: string }) => e.context === 'focal-point')
      .map((e: { type: string }) => e.type);
    expect(pastOfJointOffice).toEqual(['case-opened', 'information-report-filed']);
  });

  it('records a protected source by pseudonym only, the same pseudonym each time', async () => {
    const { caseId } = await caseWithReport(rtop);
    const again = await jointOffice(rtop).post(`/cases/${caseId}/reports`, PROTECTED_REPORT);
    // The reports are read from a model that follows the writes: read once it shows the second report.
    const view = await eventually(async () => {
      const read = await jointOffice(rtop).get(`/cases/${caseId}/reports`);
      expect(read.body.items).toHaveLength(2);
      return read;
    });
    const [first, second] = view.body.items;
    expect(first.source).toEqual({ kind: 'protected', pseudonym: expect.stringMatching(/^source-[0-9a-f]{16}$/) });
    expect(second.source).toEqual(first.source);
    expect(again.body.source).toEqual(first.source);
    const events = await rtop.allEvents();
    const everything = JSON.stringify(events.map(({ data, metadata }) => ({ data, metadata })));
    expect(everything).not.toContain(PROTECTED_REPORT.source.name);
  });

  describe('refusals: a clear 4xx and nothing written', () => {
    it('an Idempotency-Key belongs to the body that sent it: the same key from another body is checked as its own request, and refused', async () => {
      const { caseId, reportId } = await caseWithReport(rtop);
      const key = { 'idempotency-key': 'draft-1' };
      const drafted = await jointOffice(rtop).post(`/cases/${caseId}/assessment-drafts`, assessmentOn(reportId), key);
      expect(drafted.status).toBe(201);
      const before = await rtop.settledEventCount();
      for (const body of ['un-security-council', 'asean', 'member-state:KEN'] as const) {
        const replayed = await rtop.as(body).post(`/cases/${caseId}/assessment-drafts`, assessmentOn(reportId), key);
        expect(replayed.status).toBe(403);
        expect(replayed.body.rule).toBe('remit');
      }
      const again = await jointOffice(rtop).post(`/cases/${caseId}/assessment-drafts`, assessmentOn(reportId), key);
      expect(again.status).toBe(201);
      expect(again.body.assessmentId).toBe(drafted.body.assessmentId);
      const changed = await jointOffice(rtop).post(
        `/cases/${caseId}/assessment-drafts`,
        { ...assessmentOn(reportId), summary: 'Another draft' },
        key,
      );
      expect(changed.status).toBe(422);
      expect(changed.body.rule).toBe('idempotency-key-reused');
      expect(await rtop.settledEventCount()).toBe(before);
    });

    it('400 for a matter outside the four crimes, such as a natural disaster', async () => {
      const before = await rtop.settledEventCount();
      const refused = await jointOffice(rtop).post('/cases', { ...KENYA, crimes: [{ crime: 'natural-disaster' }] });
      expect(refused.status).toBe(400);
      expect(refused.body.rule).toBe('scope-of-the-responsibility-to-protect');
      expect(refused.body.detail).toMatch(/natural-disaster.*outside the Responsibility to Protect/);
      expect(await rtop.settledEventCount()).toBe(before);
    });

    it('400 naming the field for malformed input', async () => {
      const { caseId } = await caseWithReport(rtop);
      const before = await rtop.settledEventCount();
      const refused = await jointOffice(rtop).post(`/cases/${caseId}/reports`, {
        ...PROTECTED_REPORT,
        reliability: 'G',
        riskFactors: [15],
        extra: 1,
      });
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({
        type: 'urn:rtop:rule:request-schema',
        title: 'Invalid request',
        status: 400,
        rule: 'request-schema',
      });
      expect(refused.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'reliability', rule: 'known-properties-only', detail: 'not a property of this request' },
          { field: 'extra', rule: 'known-properties-only', detail: 'not a property of this request' },
          expect.objectContaining({ field: 'riskFactors', rule: 'max' }),
        ]),
      );
      expect(await rtop.settledEventCount()).toBe(before);
    });

    it('401 without a token or with one this deployment did not sign', async () => {
      expect((await rtop.anonymous.post('/cases', KENYA)).status).toBe(401);
      const forged = await fetch(`${rtop.baseUrl}/cases`, {
        method: 'POST',
        headers: { authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJib2R5IjoidW4tam9pbnQtb2ZmaWNlIn0.', 'content-type': 'application/json' },
        body: JSON.stringify(KENYA),
      });
      expect(forged.status).toBe(401);
    });

    it('403 for a body acting outside its remit', async () => {
      const { caseId, assessmentId, received } = await receivedAssessment(rtop);
      const before = await rtop.settledEventCount();
      const councilOpens = await rtop.as('un-security-council').post('/cases', KENYA);
      expect(councilOpens.status).toBe(403);
      expect(councilOpens.body.rule).toBe('remit');
      const regionalTransmits = await rtop.as('au-psc').post(`/secretary-general/cases/${caseId}/transmissions`, {
        assessmentId,
        recipients: ['un-security-council'],
        content: received.content,
      });
      expect(regionalTransmits.status).toBe(403);
      const stateFiles = await rtop.as('member-state:KEN').post(`/cases/${caseId}/reports`, PROTECTED_REPORT);
      expect(stateFiles.status).toBe(403);
      expect(await rtop.settledEventCount()).toBe(before);
    });

    it('422 for a transmission whose content differs from the assessment issued', async () => {
      const { caseId, assessmentId, received } = await receivedAssessment(rtop);
      const before = await rtop.settledEventCount();
      const softened = { ...received.content, risks: [{ ...received.content.risks[0], level: 'low' }] };
      const refused = await secretaryGeneral(rtop).post(`/secretary-general/cases/${caseId}/transmissions`, {
        assessmentId,
        recipients: ['un-security-council'],
        content: softened,
      });
      expect(refused.status).toBe(422);
      expect(refused.body.rule).toBe('transmit-the-assessment-as-issued');
      expect(refused.body.detail).toMatch(/risks\[0\]\.level/);
      expect(await rtop.settledEventCount()).toBe(before);
    });

    it('404 for a case that was never opened', async () => {
      const refused = await jointOffice(rtop).post('/cases/00000000-0000-4000-8000-000000000000/reports', PROTECTED_REPORT);
      expect(refused.status).toBe(404);
    });
  });

  describe('concurrency and retries', () => {
    it('lets one of two conflicting commands through and answers the other 409, writing nothing for it', async () => {
      const { caseId, reportId } = await caseWithReport(rtop);
      const one = await reviewedDraft(rtop, caseId, assessmentOn(reportId));
      const other = await reviewedDraft(rtop, caseId, { ...assessmentOn(reportId), summary: 'A different reading' });
      // The If-Match must be the revision after both reviews: read once the case model shows them.
      await eventually(async () => {
        const read = await jointOffice(rtop).get(`/cases/${caseId}/assessment-drafts`);
        expect(read.body.items.map((d: { outstandingSteps: string[] }) => d.outstandingSteps)).toEqual([[], []]);
      });
      const seen = await jointOffice(rtop).get(`/cases/${caseId}`);
      const ifMatch = { 'if-match': seen.headers.get('etag')! };
      const workflow = ['focal-point', 'secretary-general'] as const;
      const before = await rtop.settledEventCount(workflow);
      const [a, b] = await Promise.all([
        jointOffice(rtop).post(`/cases/${caseId}/assessments`, one, ifMatch),
        jointOffice(rtop).post(`/cases/${caseId}/assessments`, other, ifMatch),
      ]);
      expect([a.status, b.status].sort()).toEqual([201, 409]);
      const loser = a.status === 409 ? a : b;
      expect(loser.body.rule).toBe('optimistic-concurrency');
      await eventually(async () => {
        const after = await jointOffice(rtop).get(`/cases/${caseId}`);
        expect(after.body.counts).toMatchObject({ assessmentsIssued: 1, drafts: 1 });
      });
      // The winner's assessment-issued and the Secretary-General's receipt of it: nothing of the loser's.
      await eventually(async () => expect(await rtop.settledEventCount(workflow)).toBe(before + 2));
    });

    it('decides a command sent without If-Match again when another writer came first: concurrent writers all get through', async () => {
      const { caseId, reportId } = await caseWithReport(rtop);
      const drafts = [];
      for (let i = 0; i < 6; i++) drafts.push(await reviewedDraft(rtop, caseId, assessmentOn(reportId)));
      const outcomes = await Promise.all(drafts.map((draft) => jointOffice(rtop).post(`/cases/${caseId}/assessments`, draft)));
      expect(outcomes.map((o) => o.status)).toEqual(drafts.map(() => 201));
      expect(new Set(outcomes.map((o) => o.body.assessmentId)).size).toBe(drafts.length);
      await eventually(async () => {
        const view = await jointOffice(rtop).get(`/cases/${caseId}`);
        expect(view.body.counts).toMatchObject({ assessmentsIssued: drafts.length, drafts: 0 });
      });
      const issued = (await (await rtop.storeOf('focal-point')).readStream(`focal-point-case-${caseId}`)).filter(
        (e) => e.type === 'assessment-issued',
      );
      expect(issued).toHaveLength(drafts.length);
    });

    it('makes a retried command with the same Idempotency-Key harmless', async () => {
      const key = { 'idempotency-key': `open-KENYA-${Date.now()}` };
      const first = await jointOffice(rtop).post('/cases', KENYA, key);
      const retry = await jointOffice(rtop).post('/cases', KENYA, key);
      expect(first.status).toBe(201);
      expect(retry.status).toBe(201);
      expect(retry.body.caseId).toBe(first.body.caseId);
      expect((await (await rtop.storeOf('focal-point')).readStream(`focal-point-case-${first.body.caseId}`)).length).toBe(1);
    });
  });

  it('documents every operation and its refusals in OpenAPI, with Swagger UI and health', async () => {
    const document = (await rtop.anonymous.get('/docs-json')).body;
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/cases',
        '/cases/{caseId}/reports',
        '/cases/{caseId}/assessments',
        '/secretary-general/cases/{caseId}/transmissions',
        '/cases/{caseId}/timeline',
        '/health',
        '/health/live',
        '/health/ready',
      ]),
    );
    expect(Object.keys(document.paths['/secretary-general/cases/{caseId}/transmissions'].post.responses)).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '409', '422']),
    );
    expect((await rtop.anonymous.get('/docs')).body).toContain('swagger');
    expect((await rtop.anonymous.get('/health')).body).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });
});
