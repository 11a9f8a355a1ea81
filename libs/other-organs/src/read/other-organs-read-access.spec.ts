import { AUDITOR_ROLE, Actor, Body } from '@rtop/kernel';
import { OtherOrgansCase, evolve, otherOrgansDecider } from '../case/other-organs-case';
import { caseId, engaged } from '../case/other-organs.fixtures';
import { OtherOrgansEvent } from '../case/other-organs-events';
import { mayReadLesson, mayReadLessonsAcrossCases, mayReadOtherOrgansCase, otherOrgansCasePartFor } from './other-organs-read-access';

const reader = (body: Body, role = 'officer'): Actor => ({ body, person: `${body} reader`, role });
const folded = (...events: OtherOrgansEvent[]): OtherOrgansCase => events.reduce(evolve, otherOrgansDecider.initialState);

/** The Human Rights Council has published a report on the case, and the Peacebuilding Commission has engaged. */
const onRecord = folded(
  {
    type: 'human-rights-report-published',
    data: { caseId, reportId: 'report-1', kind: 'fact-finding-mission', title: 'Kenya', summary: 's' },
  },
  engaged,
);

describe('who may read the other organs’ records on a case', () => {
  it('given a report and an engagement, when the Human Rights Council reads, then it sees its report and not the engagement', () => {
    const part = otherOrgansCasePartFor(reader('un-human-rights-council'), onRecord);
    expect([...part.reports.keys()]).toEqual(['report-1']);
    expect(part.engagements.size).toBe(0);
    expect(mayReadOtherOrgansCase(reader('un-human-rights-council'), onRecord)).toBe(true);
  });

  it('given the same case, when ECOSOC, which has recorded nothing there, reads, then it may not', () => {
    expect(mayReadOtherOrgansCase(reader('un-ecosoc'), onRecord)).toBe(false);
    expect(otherOrgansCasePartFor(reader('un-ecosoc'), onRecord).reports.size).toBe(0);
  });

  it('given the same case, when a body that is not one of the organs reads, then it may not and sees nothing', () => {
    for (const body of ['un-joint-office', 'un-security-council', 'member-state:KEN'] as const) {
      expect(mayReadOtherOrgansCase(reader(body), onRecord)).toBe(false);
      const part = otherOrgansCasePartFor(reader(body), onRecord);
      expect([part.reports.size, part.reviews.size, part.engagements.size, part.recommendations.size]).toEqual([0, 0, 0, 0]);
    }
  });

  it('given the same case, when an auditor reads, then it sees every organ’s records', () => {
    const auditor = reader('un-joint-office', AUDITOR_ROLE);
    expect(mayReadOtherOrgansCase(auditor, onRecord)).toBe(true);
    const part = otherOrgansCasePartFor(auditor, onRecord);
    expect([part.reports.size, part.engagements.size]).toEqual([1, 1]);
  });
});

describe('who may read lessons learned', () => {
  it('given the register across cases, when the three organs, the Joint Office or an auditor read it, then they may; no one else', () => {
    for (const body of ['un-human-rights-council', 'un-peacebuilding-commission', 'un-ecosoc', 'un-joint-office'] as const) {
      expect(mayReadLessonsAcrossCases(reader(body))).toBe(true);
    }
    expect(mayReadLessonsAcrossCases(reader('member-state:KEN', AUDITOR_ROLE))).toBe(true);
    for (const body of ['un-secretary-general', 'un-security-council', 'au-psc', 'member-state:KEN'] as const) {
      expect(mayReadLessonsAcrossCases(reader(body))).toBe(false);
    }
  });

  it('given a lesson the Secretary-General contributed, when it reads the lessons of the case, then it sees its own and not the others’', () => {
    expect(mayReadLesson(reader('un-secretary-general'), { contributor: 'un-secretary-general' })).toBe(true);
    expect(mayReadLesson(reader('un-secretary-general'), { contributor: 'un-ecosoc' })).toBe(false);
    expect(mayReadLesson(reader('un-security-council'), { contributor: 'un-ecosoc' })).toBe(false);
  });
});
