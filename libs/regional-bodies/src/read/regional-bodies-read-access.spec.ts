import { AUDITOR_ROLE, Actor, Body } from '@rtop/kernel';
import { INITIAL_REGIONAL_CASE, RegionalCase, evolve } from '../case/regional-case';
import { RegionalCaseEvent } from '../case/regional-events';
import { mayReadForBody, mayReadRegionalCase } from './regional-bodies-read-access';

const reader = (body: Body, role = 'officer'): Actor => ({ body, person: `${body} reader`, role });
const caseId = 'c0ffee00-0000-4000-8000-0000000000b1';
const folded = (...events: { type: string; data: unknown }[]): RegionalCase =>
  events.reduce((state, event) => evolve(state, event as RegionalCaseEvent), INITIAL_REGIONAL_CASE);

/** An assessment the Secretary-General transmitted to the AU PSC only. */
const beforeThePsc = folded({
  type: 'assessment-placed-before-body',
  data: { transmissionId: 't-1', assessmentId: 'a-1', contentDigest: 'd', content: { summary: 'High risk' }, body: 'au-psc' },
});

describe('who may read a regional body’s part of a case', () => {
  it('given an assessment placed before the AU PSC, when the PSC reads its part, then it may', () => {
    expect(mayReadRegionalCase(reader('au-psc'), 'au-psc', beforeThePsc)).toBe(true);
  });

  it('given the same case, when IGAD reads its own part, where it holds nothing, then it may not: the case is not IGAD’s to know of', () => {
    expect(mayReadRegionalCase(reader('igad'), 'igad', beforeThePsc)).toBe(false);
  });

  it('given the same case, when another body reads the PSC’s part, then it may not, whoever it is', () => {
    for (const body of ['igad', 'au-assembly', 'un-security-council', 'un-joint-office', 'member-state:KEN'] as const) {
      expect(mayReadRegionalCase(reader(body), 'au-psc', beforeThePsc)).toBe(false);
    }
  });

  it('given any case, when a body asks after another body’s part, then it is refused before the case is looked at', () => {
    expect(mayReadForBody(reader('igad'), 'au-psc')).toBe(false);
    expect(mayReadForBody(reader('au-psc'), 'au-psc')).toBe(true);
    expect(mayReadForBody(reader('igad', AUDITOR_ROLE), 'au-psc')).toBe(true);
  });

  it('given an auditor, when it reads any body’s part, then it may, even where the body holds nothing', () => {
    expect(mayReadRegionalCase(reader('un-joint-office', AUDITOR_ROLE), 'au-psc', beforeThePsc)).toBe(true);
    expect(mayReadRegionalCase(reader('un-joint-office', AUDITOR_ROLE), 'osce', beforeThePsc)).toBe(true);
  });

  it('given a CEWARN report IGAD submitted, when IGAD reads its part, then it may', () => {
    const reported = folded({
      type: 'early-warning-report-submitted',
      data: { reportId: 'r-1', caseId, summary: 's', indicators: [], observedAt: '2008-01-08T06:00:00.000Z', location: 'Karamoja' },
    });
    expect(mayReadRegionalCase(reader('igad'), 'igad', reported)).toBe(true);
  });
});
