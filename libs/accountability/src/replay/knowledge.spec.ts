import { timelineAsOf } from '../timeline/timeline-entry';
import { whoKnewWhat } from './knowledge';
import { organOf } from './organs';
import { day, entry, placedOnAgenda, riftValley } from './timeline.fixtures';

const knowledgeAsOf = (instant?: string, by: 'recorded' | 'occurred' = 'recorded') =>
  whoKnewWhat(timelineAsOf(riftValley, instant ? new Date(instant) : undefined, by));

describe('who knew what and when', () => {
  describe('given the Rift Valley case replayed to the end', () => {
    const knowledge = knowledgeAsOf();
    const organ = (name: string) => knowledge.organs.find((o) => o.organ === name)!;

    it('lists the organs in the order the assessment reached them', () => {
      expect(knowledge.organs.map((o) => o.organ)).toEqual([
        'un-joint-office',
        'un-secretary-general',
        'un-security-council',
        'au-psc',
        'un-general-assembly',
      ]);
    });

    it('names the assessment issued, with its digest and when', () => {
      expect(knowledge.assessments).toEqual([
        { assessmentId: 'A1', contentDigest: 'sha256:A1', issuedAt: day(4), recordedAt: expect.any(String) },
      ]);
    });

    it('shows when the Council was sent the assessment and when it went on its agenda, both by transmission T1', () => {
      expect(
        organ('un-security-council').receipts.map((r) => [
          r.kind,
          r.assessmentId,
          r.contentDigest,
          r.transmissionId,
          r.occurredAt,
          r.matchesIssued,
        ]),
      ).toEqual([
        ['sent', 'A1', 'sha256:A1', 'T1', day(6), true],
        ['placed-before-organ', 'A1', 'sha256:A1', 'T1', day(6, 1), true],
      ]);
    });

    it('shows what each organ decided, a veto included, and only the producing organ’s own record of it', () => {
      expect(organ('un-security-council').outcomes.map((o) => [o.outcome, o.ref, o.occurredAt])).toEqual([
        ['vetoed', 'D1', day(10)],
        ['adopted', 'D2', day(21)],
      ]);
      expect(organ('au-psc').outcomes.map((o) => [o.outcome, o.ref])).toEqual([['adopted', 'R1']]);
      expect(organ('un-secretary-general').outcomes.map((o) => [o.outcome, o.ref])).toEqual([
        ['transmitted', 'T1'],
        ['transmitted', 'T2'],
      ]);
      expect(organ('un-general-assembly').outcomes).toEqual([]);
    });
  });

  describe('given the case replayed as it stood on day 7', () => {
    it('then the Assembly had not been sent anything and the Council had decided nothing', () => {
      const knowledge = knowledgeAsOf(day(7));
      expect(knowledge.organs.map((o) => o.organ)).not.toContain('un-general-assembly');
      expect(knowledge.organs.find((o) => o.organ === 'un-security-council')!.outcomes).toEqual([]);
    });
  });

  describe('given a decision recorded a week after it was taken', () => {
    const late = [
      ...riftValley.slice(0, 6),
      entry('security-council', 'council-decision-adopted', day(7), { draftId: 'D9' }, { recordedAt: day(14) }),
    ];

    it('when replayed by when things happened, then the Council had decided by day 8', () => {
      const knowledge = whoKnewWhat(timelineAsOf(late, new Date(day(8)), 'occurred'));
      expect(knowledge.organs.find((o) => o.organ === 'un-security-council')!.outcomes.map((o) => o.ref)).toEqual(['D9']);
    });

    it('when replayed by when the system knew, then nobody could have known it by day 8', () => {
      const knowledge = whoKnewWhat(timelineAsOf(late, new Date(day(8)), 'recorded'));
      expect(knowledge.organs.find((o) => o.organ === 'un-security-council')!.outcomes).toEqual([]);
    });
  });

  describe('given an assessment that reached the Council with another digest than the one issued', () => {
    it('then the receipt is marked as not matching what was issued', () => {
      const altered = [...riftValley.slice(0, 5), placedOnAgenda('security-council', 'A1', 'T1', day(6, 1), 'sha256:softened')];
      const council = whoKnewWhat(timelineAsOf(altered)).organs.find((o) => o.organ === 'un-security-council')!;
      expect(council.receipts.map((r) => [r.kind, r.matchesIssued])).toEqual([
        ['sent', true],
        ['placed-before-organ', false],
      ]);
    });

    it('and a receipt whose issue is not on the timeline replayed cannot be matched', () => {
      const council = whoKnewWhat([placedOnAgenda('security-council', 'A1', 'T1', day(6, 1))]).organs[0];
      expect(council.receipts[0].matchesIssued).toBeNull();
    });
  });
});

describe('the organ whose record an entry is', () => {
  it('is the receiving organ for an agenda placement its reaction wrote for the Secretary-General', () => {
    expect(organOf(placedOnAgenda('general-assembly', 'A1', 'T2', day(8)))).toBe('un-general-assembly');
  });

  it('is the regional body the event names', () => {
    expect(organOf(entry('regional-bodies', 'regional-decision-adopted', day(1), { body: 'osce' }, { actor: 'osce' }))).toBe('osce');
  });

  it('is the acting body where the context speaks for several', () => {
    expect(organOf(entry('other-organs', 'lesson-recorded', day(1), {}, { actor: 'un-human-rights-council' }))).toBe(
      'un-human-rights-council',
    );
  });
});
