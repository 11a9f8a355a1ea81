import { eventually } from '@rtop/testing';
import { COUNCIL_2008 } from '../../scripts/demo/kenya-2008';
import { Standalone, startStandalone } from '../standalone/standalone-harness';

/**
 * The accountability read side over HTTP, on cases played through the standalone app: the list of
 * cases, a body's agenda, the timeline in pages, and what each reader may see of them.
 */
const report = {
  source: { name: 'Field monitor', protected: false },
  channel: 'un-field-presence',
  credibility: 2,
  observedAt: '2008-01-01T12:00:00Z',
  location: 'Eldoret',
  riskFactors: [8],
  summary: 'Homes set on fire',
};
const assessmentOn = (reportId: string, level: string) => ({
  risks: [
    {
      crime: 'crimes-against-humanity',
      level,
      findings: [{ indicator: '8.7', finding: 'Incitement against one community', reportIds: [reportId] }],
      rationale: 'Organised attacks',
    },
  ],
  summary: 'Risk of crimes against humanity',
});
/** What every body may read: public acts (docs/read-policy.md). */
const PUBLISHED = [
  'council-decision-adopted',
  'vote-closed',
  'draft-vetoed',
  'draft-failed',
  'pledge-breached',
  'emergency-special-session-requested',
];

describe('the accountability read side over HTTP (standalone on pglite)', () => {
  let rtop: Standalone;
  const jointOffice = () => rtop.as('un-joint-office', 'Special Adviser on the Prevention of Genocide');
  const secondReader = () => rtop.as('un-joint-office', 'Special Adviser on the Responsibility to Protect');
  const secretaryGeneral = () => rtop.as('un-secretary-general', 'Secretary-General');
  const council = () => rtop.as('un-security-council', 'President of the Security Council');
  const auditor = () => rtop.as('un-joint-office', 'Auditor', 'auditor');
  const state = () => rtop.as('member-state:ARG', 'Permanent Representative of Argentina');

  let kenya: string;
  let transmissionId: string;
  let quiet: string;
  let guinea: string;

  async function openCase(situation: string): Promise<string> {
    const opened = await jointOffice().post('/cases', {
      situation,
      crimes: [{ crime: 'crimes-against-humanity', incitement: false }],
      summary: `${situation}: watch`,
    });
    expect(opened.status).toBe(201);
    return opened.body.caseId as string;
  }

  /** Reported, assessed at `level`, reviewed and issued: the Secretary-General receives it through the log. */
  async function issue(caseId: string, level: string): Promise<{ assessmentId: string; content: unknown }> {
    const filed = await jointOffice().post(`/cases/${caseId}/reports`, report);
    expect(filed.status).toBe(201);
    const drafted = await jointOffice().post(`/cases/${caseId}/assessment-drafts`, assessmentOn(filed.body.reportId, level));
    expect(drafted.status).toBe(201);
    const assessmentId = drafted.body.assessmentId as string;
    for (const step of drafted.body.reviewChecklist as string[]) {
      const reviewer = step === 'second-reader' ? secondReader() : jointOffice();
      expect((await reviewer.post(`/cases/${caseId}/assessment-drafts/${assessmentId}/review-steps`, { step })).status).toBe(201);
    }
    expect((await jointOffice().post(`/cases/${caseId}/assessments`, { assessmentId })).status).toBe(201);
    const received = await eventually(async () => {
      const response = await secretaryGeneral().get(`/secretary-general/cases/${caseId}/assessments/${assessmentId}`);
      expect(response.status).toBe(200);
      return response.body;
    });
    return { assessmentId, content: received.content };
  }

  /** The Council puts a draft to the 2008 Council, every member voting for it. */
  async function councilAdopts(caseId: string) {
    await eventually(async () => expect((await council().get(`/security-council/cases/${caseId}`)).body.agenda).toHaveLength(1));
    const draft = await council().post(`/security-council/cases/${caseId}/drafts`, {
      title: 'The situation in Kenya',
      chapter: 'VI',
      measures: [{ kind: 'mediation-support', coercive: false }],
      authorisedBodies: [],
      manifestFailureDetermined: false,
      credibleAtrocityPrevention: true,
      partiesToDispute: [],
    });
    expect(draft.status).toBe(201);
    const drafts = `/security-council/cases/${caseId}/drafts/${draft.body.draftId}`;
    expect((await council().post(`${drafts}/classification`, { procedural: false })).status).toBe(201);
    expect((await council().post(`${drafts}/voting`, { members: COUNCIL_2008 })).status).toBe(201);
    for (const { state: member } of COUNCIL_2008)
      expect((await council().post(`${drafts}/votes`, { member, vote: 'yes' })).status).toBe(201);
    const closed = await council().post(`${drafts}/voting/close`, {});
    expect(closed.status).toBe(200);
    expect((closed.body.events as { type: string }[]).map((e) => e.type)).toContain('council-decision-adopted');
  }

  beforeAll(async () => {
    rtop = await startStandalone('pglite');
    // Kenya: high risk, sent to the Council and the AU PSC; the Council decides.
    kenya = await openCase('Kenya, post-election violence');
    const assessed = await issue(kenya, 'high');
    const sent = await secretaryGeneral().post(`/secretary-general/cases/${kenya}/transmissions`, {
      assessmentId: assessed.assessmentId,
      recipients: ['un-security-council', 'au-psc'],
      content: assessed.content,
    });
    expect(sent.status).toBe(201);
    transmissionId = sent.body.transmissionId;
    await councilAdopts(kenya);
    // Kenya's last acts are the reactions to the decision: once they are in, the next case is more recent.
    await rtop.settledEventCount();
    // Quiet: opened and nothing more, the Joint Office's alone.
    quiet = await openCase('A 100% quiet_place');
    // Guinea: very high risk, with the Secretary-General and not yet sent on; then watched.
    guinea = await openCase('Guinea, the stadium');
    await issue(guinea, 'very-high');
    expect((await jointOffice().post(`/cases/${guinea}/monitoring`, { reason: 'calm after the elections' })).status).toBe(201);
    // Every case shows its last act in the list: the read models have caught up.
    await eventually(async () => {
      const listed = (await auditor().get('/cases?limit=500')).body.items as {
        caseId: string;
        status: string;
        placedBefore: { decided: boolean }[];
      }[];
      expect(listed.find((c) => c.caseId === guinea)?.status).toBe('monitoring');
      expect(listed.find((c) => c.caseId === kenya)?.placedBefore.some((p) => p.decided)).toBe(true);
      expect(listed.map((c) => c.caseId)).toContain(quiet);
    }, 30_000);
  }, 240_000);
  afterAll(async () => {
    await rtop.stop();
  });

  describe('GET /cases', () => {
    it('lists a reader’s cases most recently active first, in pages that neither skip nor repeat', async () => {
      const whole = (await jointOffice().get('/cases')).body;
      expect(whole.items.map((c: { caseId: string }) => c.caseId)).toEqual([guinea, quiet, kenya]);
      expect(whole.next).toBeNull();
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page: { status: number; body: { items: { caseId: string }[]; next: string | null } } = await jointOffice().get(
          `/cases?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((c) => c.caseId));
        cursor = page.body.next;
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual([guinea, quiet, kenya]);
    });

    it('filters by status, text, risk and the body the case was placed before', async () => {
      const ids = async (query: string) =>
        ((await jointOffice().get(`/cases?${query}`)).body.items as { caseId: string }[]).map((c) => c.caseId);
      expect(await ids('status=monitoring')).toEqual([guinea]);
      expect(await ids(`q=${encodeURIComponent('100%')}`)).toEqual([quiet]);
      expect(await ids('q=kenya')).toEqual([kenya]);
      expect(await ids('risk=very-high')).toEqual([guinea]);
      expect(await ids('crime=crimes-against-humanity')).toEqual([guinea, quiet, kenya]);
      expect(await ids('placedBefore=au-psc')).toEqual([kenya]);
      const item = (await jointOffice().get('/cases?placedBefore=au-psc')).body.items[0];
      expect(item).toMatchObject({
        situation: 'Kenya, post-election violence',
        crimes: ['crimes-against-humanity'],
        status: 'open',
        highestRisk: 'high',
        region: 'unassigned',
        placedBefore: [
          { body: 'au-psc', decided: false, placedAt: expect.any(String) },
          { body: 'un-security-council', decided: true, placedAt: expect.any(String) },
        ].sort((a, b) => a.body.localeCompare(b.body)),
      });
    });

    it('refuses a filter it cannot read, naming the rule', async () => {
      expect(await jointOffice().get('/cases?status=dormant')).toMatchObject({ status: 400, body: { rule: 'case-status' } });
      expect(await jointOffice().get('/cases?risk=extreme')).toMatchObject({ status: 400, body: { rule: 'risk-level' } });
      expect(await jointOffice().get('/cases?updatedSince=yesterday')).toMatchObject({ status: 400, body: { rule: 'iso-8601-instant' } });
      expect(await jointOffice().get('/cases?cursor=not-ours')).toMatchObject({ status: 400, body: { rule: 'page-cursor' } });
    });
  });

  describe('GET /agenda', () => {
    it('shows the AU PSC the case transmitted to it, awaiting its decision; the Council, which decided, nothing', async () => {
      const psc = await rtop.as('au-psc').get('/agenda');
      expect(psc.status).toBe(200);
      expect(psc.body).toEqual({
        items: [
          {
            caseId: kenya,
            situation: 'Kenya, post-election violence',
            kind: 'awaiting-decision',
            ref: transmissionId,
            since: expect.any(String),
            dueBy: null,
            waitingMs: expect.any(Number),
            overdue: false,
          },
        ],
        next: null,
      });
      expect((await council().get('/agenda')).body.items).toEqual([]);
    });

    it('shows the Secretary-General the assessment it holds and has not acted on', async () => {
      const items = (await secretaryGeneral().get('/agenda')).body.items as { caseId: string; kind: string }[];
      expect(items).toEqual([expect.objectContaining({ caseId: guinea, kind: 'awaiting-decision' })]);
    });
  });

  describe('GET /cases/{id}/timeline', () => {
    it('serves the whole timeline in pages, by when events were recorded or by when they happened, each with both instants', async () => {
      const all = (await auditor().get(`/cases/${kenya}/timeline?limit=500`)).body.events as { eventId: string }[];
      expect(all.length).toBeGreaterThan(15);
      for (const by of ['recorded', 'occurred']) {
        const pages: { eventId: string; occurredAt: string; recordedAt: string }[][] = [];
        let after: string | null = null;
        do {
          const page: {
            status: number;
            body: { by: string; events: { eventId: string; occurredAt: string; recordedAt: string }[]; next: string | null };
          } = await auditor().get(`/cases/${kenya}/timeline?by=${by}&limit=6${after ? `&after=${after}` : ''}`);
          expect(page.status).toBe(200);
          expect(page.body.by).toBe(by);
          pages.push(page.body.events);
          after = page.body.next;
        } while (after);
        expect(pages.length).toBeGreaterThanOrEqual(3);
        const events = pages.flat();
        expect(events.map((e) => e.eventId).sort()).toEqual(all.map((e) => e.eventId).sort());
        for (const event of events) expect([Date.parse(event.occurredAt), Date.parse(event.recordedAt)].every(Number.isFinite)).toBe(true);
        const instants = events.map((e) => Date.parse(by === 'recorded' ? e.recordedAt : e.occurredAt));
        expect(instants).toEqual([...instants].sort((a, b) => a - b));
      }
      expect((await auditor().get(`/cases/${kenya}/timeline?after=garbage`)).body).toMatchObject({ rule: 'page-cursor' });
    });

    it('answers a member state 404 on a case it may read nothing of, and shows it only the public acts of the one it may', async () => {
      expect(await state().get(`/cases/${quiet}/timeline`)).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
      const seen = await state().get(`/cases/${kenya}/timeline?limit=500`);
      expect(seen.status).toBe(200);
      const types = (seen.body.events as { type: string }[]).map((e) => e.type);
      expect(types).toContain('council-decision-adopted');
      expect(types.every((type) => PUBLISHED.includes(type))).toBe(true);
      // The list agrees: the Kenya case alone, without its assessment's crimes and risk.
      expect((await state().get('/cases')).body.items).toEqual([
        expect.objectContaining({ caseId: kenya, crimes: null, highestRisk: null }),
      ]);
      expect((await state().get(`/cases/${quiet}/figures`)).status).toBe(404);
    });
  });
});
