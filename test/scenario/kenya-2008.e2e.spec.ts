import { expectStatus } from '../../scripts/demo/http';
import { KENYA_2008_DATES, KenyaScenario, TimelineLine, playKenya2008, settledTimeline } from '../../scripts/demo/kenya-2008';
import { eventually } from '@rtop/testing';
import { Standalone, startStandalone } from '../standalone/standalone-harness';

/** The `npm run demo` scenario, played against the standalone app and held to its outcomes. */
describe('the Kenya 2007–08 scenario, end to end over HTTP (standalone on pglite)', () => {
  let rtop: Standalone;
  let played: KenyaScenario;
  let lines: string[];
  let timeline: readonly (TimelineLine & { data: Readonly<Record<string, unknown>> })[];
  let jointOffice: ReturnType<Standalone['as']>;

  beforeAll(async () => {
    rtop = await startStandalone('pglite');
    lines = [];
    played = await playKenya2008(rtop, (line) => lines.push(line));
    jointOffice = rtop.as('un-joint-office');
    // An auditor reads every event of the case; the Joint Office only its own, what reached it and what is published.
    timeline = (await settledTimeline(rtop.as('un-joint-office', 'Auditor', 'auditor'), played.caseId)) as typeof timeline;
  }, 120_000);
  afterAll(async () => {
    await rtop.stop();
  });

  const at = (context: string, type: string) => {
    const index = timeline.findIndex((e) => e.context === context && e.type === type);
    if (index < 0) throw new Error(`${context}/${type} is not on the timeline`);
    return index;
  };

  it('says which part is fictional', () => {
    expect(lines.filter((l) => /FICTIONAL/.test(l))).toHaveLength(1);
    expect(lines.some((l) => /\[Security Council\] \(fictional\)/.test(l))).toBe(true);
    expect(lines.some((l) => /\[General Assembly\] \(fictional\) veto debate held/.test(l))).toBe(true);
  });

  it('records the AU decision before any decision of the Security Council', async () => {
    // The body's GET answers from a read model that follows the store: the decision shows once it has caught up.
    await eventually(async () => {
      const au = await expectStatus('AU PSC case', 200, rtop.as('au-psc').get(`/regional-bodies/au-psc/cases/${played.caseId}`));
      expect(JSON.stringify(au)).toContain(played.auDecisionId);
    });
    const auDecided = at('regional-bodies', 'regional-decision-adopted');
    const councilOutcomes = timeline
      .map((e, i) => ({ ...e, i }))
      .filter(
        (e) =>
          e.context === 'security-council' && ['vote-closed', 'council-decision-adopted', 'draft-vetoed', 'draft-failed'].includes(e.type),
      );
    expect(councilOutcomes.length).toBeGreaterThan(0);
    for (const outcome of councilOutcomes) {
      expect(outcome.i).toBeGreaterThan(auDecided);
      expect(Date.parse(outcome.recordedAt)).toBeGreaterThan(Date.parse(timeline[auDecided].recordedAt));
    }
    expect(timeline[auDecided].data).toMatchObject({ body: 'au-psc', coercive: false, councilDecisionId: null });
  });

  it('records the veto as the outcome of the Chapter VII draft, with the 2008 Council sitting', async () => {
    const draft = await eventually(async () => {
      const read = await expectStatus(
        'the Council draft',
        200,
        rtop.as('un-security-council').get(`/security-council/cases/${played.caseId}/drafts/${played.councilDraftId}`),
      );
      expect(read.status).toBe('decided');
      return read;
    });
    expect(draft.proposal).toMatchObject({ chapter: 'VII', credibleAtrocityPrevention: true });
    expect(draft.members).toHaveLength(15);
    expect(
      draft.members
        .filter((m: { permanent: boolean }) => m.permanent)
        .map((m: { state: string }) => m.state)
        .sort(),
    ).toEqual(['CHN', 'FRA', 'GBR', 'RUS', 'USA'].map((s) => `member-state:${s}`));
    expect(draft.votes).toHaveLength(15);
    expect(draft.outcome).toEqual({ kind: 'vetoed', vetoedBy: ['member-state:RUS'], vetoDebateDueBy: expect.any(String) });
    expect(timeline.some((e) => e.type === 'council-decision-adopted')).toBe(false);
  });

  it('sets the General Assembly’s veto debate due, then holds it', async () => {
    const vetoNoted = timeline[at('general-assembly', 'veto-noted')];
    const vetoed = timeline[at('security-council', 'draft-vetoed')];
    expect(vetoNoted.data.debateDueBy).toBe(vetoed.data.vetoDebateDueBy);
    // Ten working days (weekends skipped, no holidays configured): twelve to fifteen calendar days on.
    const days = (Date.parse(String(vetoNoted.data.debateDueBy)) - Date.parse(vetoed.recordedAt)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(12);
    expect(days).toBeLessThan(16);
    expect(at('general-assembly', 'veto-debate-held')).toBeGreaterThan(at('general-assembly', 'veto-noted'));

    await eventually(async () => {
      const assembly = await expectStatus(
        'the Assembly case',
        200,
        rtop.as('un-general-assembly').get(`/general-assembly/cases/${played.caseId}`),
      );
      expect(assembly.vetoDebates).toEqual([
        expect.objectContaining({
          draftId: played.councilDraftId,
          status: 'held',
          dueBy: vetoNoted.data.debateDueBy,
          heldAt: expect.any(String),
          overdue: false,
        }),
      ]);
    });
  });

  it('tracks the mediation Kenya consented to until it is completed, with the National Accord as its outcome', async () => {
    // Read models follow the writes: read once they hold the last of them.
    const measure = await eventually(async () => {
      const read = await expectStatus(
        'the measure',
        200,
        rtop.as('un-secretary-general').get(`/secretary-general/cases/${played.caseId}/responses/measures/${played.measureId}`),
      );
      expect(read.status).toBe('completed');
      return read;
    });
    expect(measure).toMatchObject({
      pillar: 'II',
      coercive: false,
      implementingBody: 'au-psc',
      authorisation: { kind: 'state-request-or-consent', state: 'KEN' },
      status: 'completed',
      outcome: expect.stringMatching(/National Accord.*28 February 2008/),
    });
    const kenya = await expectStatus(
      'Kenya on record',
      200,
      rtop.as('member-state:KEN').get(`/member-states/cases/${played.caseId}/states/KEN`),
    );
    expect(JSON.stringify(kenya)).toMatch(/willing-and-able[\s\S]*willing-but-unable|willing-but-unable[\s\S]*willing-and-able/);
  });

  it('feeds the lessons, the Peacebuilding Commission’s among them, back to the Joint Office', async () => {
    const view = await eventually(async () => {
      const read = await expectStatus('the case', 200, jointOffice.get(`/cases/${played.caseId}`));
      expect(read.standing.kind).toBe('closed');
      return read;
    });
    const { items: lessons } = await expectStatus('the lessons', 200, jointOffice.get(`/cases/${played.caseId}/lessons-learned`));
    expect(view.counts.lessons).toBe(played.lessonIds.length);
    expect(lessons.map((l: { lessonId: string }) => l.lessonId).sort()).toEqual([...played.lessonIds].sort());
    expect(lessons).toEqual(expect.arrayContaining([expect.objectContaining({ contributor: 'un-peacebuilding-commission' })]));
    expect(view.standing.kind).toBe('closed');
  });

  it('dates the acts of 2007–08 when they happened, and records them when the scenario ran', async () => {
    const occurred = (context: string, type: string) => timeline[at(context, type)].occurredAt;
    expect(occurred('regional-bodies', 'draft-decision-tabled')).toBe(new Date(KENYA_2008_DATES.auDecision).toISOString());
    expect(occurred('regional-bodies', 'regional-decision-adopted')).toBe(new Date(KENYA_2008_DATES.auDecision).toISOString());
    expect(occurred('member-states', 'posture-declared')).toBe(new Date(KENYA_2008_DATES.kenyaPosture).toISOString());
    expect(occurred('member-states', 'assistance-consented')).toBe(new Date(KENYA_2008_DATES.kenyaConsent).toISOString());
    expect(occurred('secretary-general', 'standing-group-convened')).toBe(new Date(KENYA_2008_DATES.standingGroupConvened).toISOString());
    expect(occurred('secretary-general', 'standing-group-meeting-held')).toBe(
      new Date(KENYA_2008_DATES.standingGroupMeeting).toISOString(),
    );
    // A report's observedAt is its occurred time, the CEWARN report's as the Joint Office noted it too.
    const reports = timeline
      .filter((e) => e.type === 'information-report-filed')
      .map((e) => e.occurredAt)
      .sort();
    expect(reports).toEqual([
      '2007-12-31T18:00:00.000Z',
      '2008-01-01T11:00:00.000Z',
      '2008-01-20T09:00:00.000Z',
      '2008-02-12T12:00:00.000Z',
    ]);
    expect(occurred('focal-point', 'early-warning-report-noted')).toBe('2008-01-15T06:00:00.000Z');
    // Every one of them was recorded as the scenario ran; the fictional Council vote is dated then too.
    const ran = Date.parse(timeline[at('focal-point', 'case-opened')].recordedAt);
    for (const e of timeline) expect(Date.parse(e.recordedAt)).toBeGreaterThanOrEqual(ran);
    expect(Date.parse(occurred('security-council', 'draft-vetoed'))).toBeGreaterThanOrEqual(ran);

    // By when they happened, the crisis plays in 2007–08 order: the radio, the church fire, the AU, Kenya's consent, the standing group.
    const byOccurred = (await settledTimeline(
      rtop.as('un-joint-office', 'Auditor', 'auditor'),
      played.caseId,
      'occurred',
    )) as typeof timeline;
    const of2008 = byOccurred
      .filter((e) => Date.parse(e.occurredAt) < Date.parse('2009-01-01T00:00:00Z'))
      .map((e) => `${e.context}/${e.type}`);
    // The Secretary-General's record of responses notes each decision and consent as of when it was made (tied with it, in either order).
    const noted = ['secretary-general/regional-decision-noted', 'secretary-general/state-consent-noted'];
    expect(of2008.filter((t) => noted.includes(t)).sort()).toEqual(noted);
    expect(of2008.filter((t) => !noted.includes(t))).toEqual([
      'focal-point/information-report-filed',
      'focal-point/information-report-filed',
      'member-states/posture-declared',
      'regional-bodies/draft-decision-tabled',
      'regional-bodies/consensus-reached',
      'regional-bodies/regional-decision-adopted',
      'focal-point/early-warning-report-noted',
      'focal-point/information-report-filed',
      'member-states/assistance-consented',
      'secretary-general/standing-group-convened',
      'secretary-general/standing-group-meeting-held',
      'focal-point/information-report-filed',
    ]);
    expect(byOccurred.map((e) => `${e.context}/${e.type}`)).not.toEqual(timeline.map((e) => `${e.context}/${e.type}`));
    expect([...byOccurred].map((e) => e.type).sort()).toEqual([...timeline].map((e) => e.type).sort());
  });

  it('keeps the key events on the timeline in the order they were recorded, and no protected source by name', () => {
    const key: [string, string][] = [
      ['focal-point', 'case-opened'],
      ['focal-point', 'information-report-filed'],
      ['regional-bodies', 'early-warning-report-submitted'],
      ['focal-point', 'early-warning-report-noted'],
      ['focal-point', 'assessment-drafted'],
      ['focal-point', 'assessment-issued'],
      ['secretary-general', 'assessment-received'],
      ['secretary-general', 'assessment-transmitted'],
      ['regional-bodies', 'assessment-placed-before-body'],
      ['regional-bodies', 'regional-decision-adopted'],
      ['member-states', 'posture-declared'],
      ['member-states', 'assistance-consented'],
      ['secretary-general', 'good-offices-offered'],
      ['secretary-general', 'verge-of-manifest-failure-found'],
      ['secretary-general', 'standing-group-convened'],
      ['secretary-general', 'standing-group-meeting-held'],
      ['secretary-general', 'option-tabled'],
      ['security-council', 'draft-tabled'],
      ['security-council', 'vote-closed'],
      ['security-council', 'draft-vetoed'],
      ['general-assembly', 'veto-noted'],
      ['general-assembly', 'veto-debate-held'],
      ['secretary-general', 'measure-registered'],
      ['secretary-general', 'measure-outcome-recorded'],
      ['other-organs', 'lesson-recorded'],
      ['focal-point', 'lesson-learned-noted'],
      ['focal-point', 'case-placed-under-monitoring'],
      ['focal-point', 'case-closed'],
    ];
    const positions = key.map(([context, type]) => at(context, type));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const measureStatuses = timeline.filter((e) => e.type === 'measure-status-updated').map((e) => e.data.to);
    expect(measureStatuses).toEqual(['under-way', 'completed']);
    expect(timeline.filter((e) => e.type === 'vote-cast')).toHaveLength(15);
    expect(JSON.stringify(timeline)).not.toContain('Witness at Kiambaa');
  });
});
