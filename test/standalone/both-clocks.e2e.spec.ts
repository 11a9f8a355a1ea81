import { PROTECTED_REPORT, eventually } from '@rtop/testing';
import { Standalone, startStandalone } from './standalone-harness';
import { auditor, receivedAssessment, secretaryGeneral } from './case-steps';

/**
 * Both clocks over HTTP: acts done off the system are entered with when they happened
 * (`occurredAt`, a report's `observedAt`), and the timeline read by when events were recorded and
 * by when they happened differs wherever the two differ.
 */
describe('an act entered after it happened, over HTTP (standalone on pglite)', () => {
  let rtop: Standalone;
  let caseId: string;
  let enteredFrom: number;
  const AU_MEETING = '2008-01-10T12:00:00.000Z';
  const CONSENSUS = '2008-01-11T09:30:00.000Z';
  const OBSERVED = '2008-01-01T11:00:00.000Z';

  const auPsc = () => rtop.as('au-psc', 'Chairperson of the AU PSC');

  type Line = { type: string; context: string; occurredAt: string; recordedAt: string };
  const timeline = async (query: string): Promise<Line[]> => {
    const read = await auditor(rtop).get(`/cases/${caseId}/timeline?limit=500&${query}`);
    expect(read.status).toBe(200);
    return read.body.events as Line[];
  };
  const types = (lines: readonly Line[]) => lines.map((l) => `${l.context}/${l.type}`);

  beforeAll(async () => {
    rtop = await startStandalone('pglite');
    enteredFrom = Date.now();
    // A report observed on 1 January 2008, filed now: its observedAt is its occurred time.
    // The assessment, issued, received and transmitted to the AU PSC now: the case comes before the body.
    const assessed = await receivedAssessment(rtop, { ...PROTECTED_REPORT, observedAt: OBSERVED });
    caseId = assessed.caseId;
    const transmitted = await secretaryGeneral(rtop).post(`/secretary-general/cases/${caseId}/transmissions`, {
      assessmentId: assessed.assessmentId,
      recipients: ['au-psc'],
      content: assessed.received.content,
    });
    expect(transmitted.status).toBe(201);
  }, 120_000);
  afterAll(async () => {
    await rtop.stop();
  });

  let draftId: string;

  it('enters a regional body’s meeting and decision with the days they happened', async () => {
    // The assessment comes before the AU PSC through the log: retry until it has.
    const tabled = await eventually(async () => {
      const answer = await auPsc().post(`/regional-bodies/au-psc/cases/${caseId}/drafts`, {
        title: 'Mediation by the Panel of Eminent African Personalities',
        text: 'Supports the mediation of the Panel chaired by Kofi Annan.',
        coercive: false,
        occurredAt: AU_MEETING,
      });
      expect(answer.status).toBe(201);
      return answer.body;
    });
    draftId = tabled.draftId;

    // A decision stated to be before the draft was placed before the body is refused, and nothing is written.
    const early = await auPsc().post(`/regional-bodies/au-psc/cases/${caseId}/drafts/${draftId}/consensus`, {
      objections: [],
      occurredAt: '2008-01-09T12:00:00Z',
    });
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ rule: 'occurred-before-tabled' });

    const decided = await auPsc().post(`/regional-bodies/au-psc/cases/${caseId}/drafts/${draftId}/consensus`, {
      objections: [],
      occurredAt: CONSENSUS,
    });
    expect(decided.status).toBe(201);
  });

  it('refuses an occurredAt that is not a strict ISO 8601 instant, or that lies in the future', async () => {
    const notIso = await auPsc().post(`/regional-bodies/au-psc/cases/${caseId}/drafts`, {
      title: 't',
      text: 't',
      coercive: false,
      occurredAt: '8 January 2008',
    });
    expect(notIso.status).toBe(400);
    const future = await auPsc().post(`/regional-bodies/au-psc/cases/${caseId}/drafts`, {
      title: 't',
      text: 't',
      coercive: false,
      occurredAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({ rule: 'occurred-at-in-the-future' });
  });

  it('stamps each event with both clocks: when it happened, and when it was recorded', async () => {
    const lines = await eventually(async () => {
      const read = await timeline('by=recorded');
      expect(types(read)).toEqual(
        expect.arrayContaining(['regional-bodies/regional-decision-adopted', 'focal-point/information-report-filed']),
      );
      return read;
    }, 20_000);
    const one = (type: string) => lines.find((l) => l.type === type)!;
    expect(one('draft-decision-tabled').occurredAt).toBe(AU_MEETING);
    expect(one('regional-decision-adopted').occurredAt).toBe(CONSENSUS);
    expect(one('information-report-filed').occurredAt).toBe(OBSERVED);
    for (const type of ['draft-decision-tabled', 'regional-decision-adopted', 'information-report-filed']) {
      expect(Date.parse(one(type).recordedAt)).toBeGreaterThanOrEqual(enteredFrom);
    }
    // Acts done on the system happen as they are entered: received and stored within a moment.
    expect(Math.abs(Date.parse(one('case-opened').recordedAt) - Date.parse(one('case-opened').occurredAt))).toBeLessThan(5_000);
  });

  it('orders the timeline differently by each clock', async () => {
    const ours = (lines: readonly Line[]) =>
      types(lines).filter((t) =>
        [
          'focal-point/case-opened',
          'regional-bodies/draft-decision-tabled',
          'regional-bodies/regional-decision-adopted',
          'focal-point/information-report-filed',
        ].includes(t),
      );
    expect(ours(await timeline('by=recorded'))).toEqual([
      'focal-point/case-opened',
      'focal-point/information-report-filed',
      'regional-bodies/draft-decision-tabled',
      'regional-bodies/regional-decision-adopted',
    ]);
    expect(ours(await timeline('by=occurred'))).toEqual([
      'focal-point/information-report-filed',
      'regional-bodies/draft-decision-tabled',
      'regional-bodies/regional-decision-adopted',
      'focal-point/case-opened',
    ]);
  });

  it('replays the case as it stood at an instant differently by each clock', async () => {
    // By what had happened by the end of 2008: the report and the AU's decision. By what was known then: nothing.
    const asOf = 'asOf=2008-12-31T23:59:59Z';
    expect(types(await timeline(`${asOf}&by=occurred`))).toEqual(
      expect.arrayContaining([
        'focal-point/information-report-filed',
        'regional-bodies/draft-decision-tabled',
        'regional-bodies/regional-decision-adopted',
      ]),
    );
    expect(types(await timeline(`${asOf}&by=occurred`))).not.toContain('focal-point/case-opened');
    expect(await timeline(`${asOf}&by=recorded`)).toEqual([]);
    // Between the meeting and the consensus the next day: the draft was before the body, not yet decided.
    expect(types(await timeline('asOf=2008-01-10T23:00:00Z&by=occurred'))).toEqual(
      expect.arrayContaining(['focal-point/information-report-filed', 'regional-bodies/draft-decision-tabled']),
    );
    expect(types(await timeline('asOf=2008-01-10T23:00:00Z&by=occurred'))).not.toContain('regional-bodies/regional-decision-adopted');
  });

  it('shows both clocks on the auditors’ page', async () => {
    const page = await auditor(rtop).get(`/cases/${caseId}/timeline/page?by=occurred`);
    expect(page.status).toBe(200);
    const html = String(page.body);
    expect(html).toContain('2008-01-10 12:00:00');
    expect(html).toMatch(/entered \d+ d( \d+ h)? after it happened/);
  });
});
