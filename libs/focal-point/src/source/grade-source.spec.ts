import { given } from '@rtop/testing';
import { at, caseId, jointOffice, securityCouncil } from '../case/case.fixtures';
import { GradeSource } from './grade-source';
import { currentReliability, sourceDecider } from './source';
import { SourceReliabilityGraded } from './source-events';

const witness = { kind: 'protected', pseudonym: 'source-3fa1c2' } as const;

const grade = (overrides: Partial<GradeSource> = {}): GradeSource => ({
  type: 'grade-source',
  source: witness,
  reliability: 'B',
  reason: 'Three earlier accounts confirmed by the field presence',
  caseId,
  actor: jointOffice,
  at,
  ...overrides,
});

const graded = (reliability: 'B' | 'D', gradedAt: string, reason: string): SourceReliabilityGraded => ({
  type: 'source-reliability-graded',
  data: { source: witness, reliability, reason, gradedAt, caseId },
});

describe('grade a source', () => {
  it('records the grading on the source, with when and why', () => {
    given(sourceDecider)
      .when(grade())
      .then([graded('B', at.toISOString(), 'Three earlier accounts confirmed by the field presence')]);
  });

  it('keeps the grades as a history, the latest standing; an ungraded source cannot be judged (F)', () => {
    expect(currentReliability(sourceDecider.initialState)).toBe('F');
    const history = [
      graded('B', '2008-01-02T09:00:00.000Z', 'confirmed twice'),
      graded('D', '2008-02-01T09:00:00.000Z', 'an account proved false'),
    ];
    const state = history.reduce(sourceDecider.evolve, sourceDecider.initialState);
    expect(currentReliability(state)).toBe('D');
    expect(state).toEqual({
      status: 'graded',
      source: witness,
      history: history.map(({ data: { reliability, reason, gradedAt, caseId } }) => ({ reliability, reason, gradedAt, caseId })),
    });
  });

  it('grades on the Admiralty scale', () => {
    given(sourceDecider)
      .when(grade({ reliability: 'G' as never }))
      .thenRefuses('invalid', 'admiralty-source-reliability');
  });

  it('gives the reason', () => {
    given(sourceDecider)
      .when(grade({ reason: '' }))
      .thenRefuses('invalid', 'reason-given');
  });

  it('is the Joint Office’s to do', () => {
    given(sourceDecider)
      .when(grade({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
  });
});
