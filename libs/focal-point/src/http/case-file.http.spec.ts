import { eventually } from '@rtop/testing';
import { Standalone, startStandalone } from '../../../../test/standalone/standalone-harness';

const kenya = {
  situation: 'Kenya, post-election violence',
  crimes: [{ crime: 'crimes-against-humanity', incitement: false }],
  summary: 'Violence after the disputed presidential election of 27 December 2007',
};
const reportAt = (location: string) => ({
  source: { name: 'Jane Witness', protected: true },
  channel: 'un-field-presence',
  credibility: 2,
  observedAt: '2008-01-01T12:00:00Z',
  location,
  riskFactors: [8, 11],
  summary: 'Homes burnt and families driven out',
});
const PLACES = ['Eldoret', 'Kiambaa', 'Naivasha', 'Nakuru', 'Kisumu'];

describe('the Joint Office’s case file over HTTP, its growing parts a page at a time', () => {
  let rtop: Standalone;
  beforeAll(async () => {
    rtop = await startStandalone('pglite');
  }, 60_000);
  afterAll(async () => {
    await rtop.stop();
  });

  const adviser = () => rtop.as('un-joint-office', 'adviser-1');

  async function caseWithReports(): Promise<{ caseId: string; reportIds: string[] }> {
    const caseId = (await adviser().post('/cases', kenya)).body.caseId as string;
    const reportIds: string[] = [];
    for (const place of PLACES) reportIds.push((await adviser().post(`/cases/${caseId}/reports`, reportAt(place))).body.reportId);
    // The pages answer from a model that follows the writes: read once the case counts every report.
    await eventually(async () => expect((await adviser().get(`/cases/${caseId}`)).body.counts).toMatchObject({ reports: PLACES.length }));
    return { caseId, reportIds };
  }

  it('keeps counts on the case and serves its reports in the order filed, a page at a time, to the last', async () => {
    const { caseId, reportIds } = await caseWithReports();
    const view = await adviser().get(`/cases/${caseId}`);
    expect(view.body).toEqual({
      caseId,
      situation: kenya.situation,
      crimes: kenya.crimes,
      standing: { kind: 'active' },
      counts: { reports: 5, drafts: 0, assessmentsIssued: 0, lessons: 0 },
      revision: expect.any(String),
    });

    const first = await adviser().get(`/cases/${caseId}/reports?limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items.map((r: { reportId: string }) => r.reportId)).toEqual(reportIds.slice(0, 2));
    expect(first.body.next).toEqual(expect.any(String));
    const second = await adviser().get(`/cases/${caseId}/reports?limit=2&cursor=${first.body.next}`);
    expect(second.body.items.map((r: { reportId: string }) => r.reportId)).toEqual(reportIds.slice(2, 4));
    const last = await adviser().get(`/cases/${caseId}/reports?limit=2&cursor=${second.body.next}`);
    expect(last.body).toEqual({ items: [expect.objectContaining({ reportId: reportIds[4], location: 'Kisumu' })], next: null });
    expect((await adviser().get(`/cases/${caseId}/reports`)).body.items).toHaveLength(5);
  });

  it('takes a report filed after a page was read into the pages that follow it', async () => {
    const { caseId, reportIds } = await caseWithReports();
    const first = await adviser().get(`/cases/${caseId}/reports?limit=4`);
    const later = (await adviser().post(`/cases/${caseId}/reports`, reportAt('Mombasa'))).body.reportId as string;
    const rest = await eventually(async () => {
      const read = await adviser().get(`/cases/${caseId}/reports?limit=4&cursor=${first.body.next}`);
      expect(read.body.items).toHaveLength(2);
      return read;
    });
    expect(rest.body).toEqual({
      items: [expect.objectContaining({ reportId: reportIds[4] }), expect.objectContaining({ reportId: later })],
      next: null,
    });
  });

  it('names a protected source by its pseudonym only, on every page', async () => {
    const { caseId } = await caseWithReports();
    const page = await adviser().get(`/cases/${caseId}/reports`);
    const sources = page.body.items.map((r: { source: unknown }) => r.source);
    expect(new Set(sources.map((s: unknown) => JSON.stringify(s))).size).toBe(1);
    expect(sources[0]).toEqual({ kind: 'protected', pseudonym: expect.stringMatching(/^source-[0-9a-f]{16}$/) });
    expect(JSON.stringify(page.body)).not.toContain('Jane Witness');
  });

  it('keeps each draft’s review steps, completed and outstanding, on its page', async () => {
    const { caseId, reportIds } = await caseWithReports();
    const drafted = await adviser().post(`/cases/${caseId}/assessment-drafts`, {
      risks: [
        {
          crime: 'crimes-against-humanity',
          level: 'high',
          findings: [{ indicator: '11.1', finding: 'Attacks on civilians of one community', reportIds: [reportIds[0]] }],
          rationale: 'Organised attacks',
        },
      ],
      summary: 'High risk of crimes against humanity in the Rift Valley',
    });
    expect(drafted.status).toBe(201);
    const { assessmentId } = drafted.body;
    const step = await adviser().post(`/cases/${caseId}/assessment-drafts/${assessmentId}/review-steps`, { step: 'legal-review' });
    expect(step.status).toBe(201);

    const drafts = await eventually(async () => {
      const read = await adviser().get(`/cases/${caseId}/assessment-drafts`);
      expect(read.body.items[0]?.completedSteps).toHaveLength(1);
      return read;
    });
    expect(drafts.body).toEqual({
      items: [
        expect.objectContaining({
          assessmentId,
          completedSteps: [{ step: 'legal-review', completedBy: 'adviser-1' }],
          outstandingSteps: ['sources-graded', 'evidence-linked', 'second-reader'],
        }),
      ],
      next: null,
    });
    expect((await adviser().get(`/cases/${caseId}`)).body.counts).toMatchObject({ drafts: 1, assessmentsIssued: 0 });
  });

  it('shows the pages to the Joint Office and auditors; to anyone else the case does not exist', async () => {
    const { caseId } = await caseWithReports();
    const first = await adviser().get(`/cases/${caseId}/reports?limit=2`);
    const auditor = rtop.as('un-secretary-general', 'auditor-1', 'auditor');
    expect((await auditor.get(`/cases/${caseId}/reports?limit=2`)).body).toEqual(first.body);

    const neverOpened = 'c0ffee00-0000-4000-8000-00000000beef';
    for (const part of ['reports', 'assessment-drafts', 'assessments', 'lessons-learned']) {
      for (const body of ['un-secretary-general', 'un-security-council', 'au-psc', 'member-state:KEN'] as const) {
        for (const id of [caseId, neverOpened]) {
          expect(await rtop.as(body).get(`/cases/${id}/${part}`)).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
        }
        // Not even a cursor the Joint Office was given opens a page to them.
        expect((await rtop.as(body).get(`/cases/${caseId}/${part}?cursor=${first.body.next}`)).status).toBe(404);
      }
      expect(await adviser().get(`/cases/${neverOpened}/${part}`)).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
      expect(await adviser().get(`/cases/${caseId}/${part}`)).toMatchObject({ status: 200, body: { next: null } });
    }
  });

  it('refuses a limit out of range and a cursor it never gave out, naming the rule', async () => {
    const { caseId } = await caseWithReports();
    for (const limit of ['0', '501', 'ten', '2.5']) {
      expect(await adviser().get(`/cases/${caseId}/reports?limit=${limit}`)).toMatchObject({ status: 400, body: { rule: 'page-limit' } });
    }
    const notOurs = Buffer.from(JSON.stringify(['not-a-place'])).toString('base64url');
    for (const cursor of ['not-a-cursor', notOurs]) {
      expect(await adviser().get(`/cases/${caseId}/lessons-learned?cursor=${cursor}`)).toMatchObject({
        status: 400,
        body: { rule: 'page-cursor' },
      });
    }
  });
});
