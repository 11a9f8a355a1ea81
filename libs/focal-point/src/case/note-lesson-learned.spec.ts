import { given } from '@rtop/testing';
import { caseDecider } from './case';
import { NoteLessonLearned } from './note-lesson-learned';
import { at, caseClosed, caseId, caseOpened, igad, peacebuildingCommission, securityCouncil } from './case.fixtures';

const note = (overrides: Partial<NoteLessonLearned> = {}): NoteLessonLearned => ({
  type: 'note-lesson-learned',
  caseId,
  lessonId: 'lesson-1',
  contributor: 'Peacebuilding Commission',
  lesson: 'Early warning of election violence reached the Council only after the killings began',
  actor: peacebuildingCommission,
  at,
  ...overrides,
});

const noted = {
  type: 'lesson-learned-noted',
  data: { lessonId: 'lesson-1', contributor: 'Peacebuilding Commission', lesson: note().lesson },
} as const;

describe('note a lesson learned', () => {
  it('keeps the lesson fed back to the Joint Office on the case', () => {
    given(caseDecider, [caseOpened]).when(note()).then([noted]);
    const state = [caseOpened, noted].reduce(caseDecider.evolve, caseDecider.initialState);
    expect(state.status === 'open' && state.lessons.get('lesson-1')).toEqual(noted.data);
  });

  it('takes lessons after the case is closed', () => {
    given(caseDecider, [caseOpened, caseClosed]).when(note()).then([noted]);
  });

  it('notes a lesson once', () => {
    given(caseDecider, [caseOpened, noted]).when(note()).thenRefuses('conflict', 'lesson-noted-once');
  });

  it('states the lesson and who contributed it', () => {
    given(caseDecider, [caseOpened])
      .when(note({ lesson: '' }))
      .thenRefuses('invalid', 'lesson-stated');
    given(caseDecider, [caseOpened])
      .when(note({ contributor: ' ' }))
      .thenRefuses('invalid', 'lesson-stated');
  });

  it('needs an opened case', () => {
    given(caseDecider).when(note()).thenRefuses('not-found', 'case-exists');
  });

  it('comes from the bodies that feed lessons back', () => {
    for (const body of ['un-human-rights-council', 'un-ecosoc', 'un-joint-office', 'un-secretary-general'] as const) {
      const [fed] = given(caseDecider, [caseOpened])
        .when(note({ actor: { ...peacebuildingCommission, body } }))
        .result();
      expect(fed.type).toBe('lesson-learned-noted');
    }
    given(caseDecider, [caseOpened])
      .when(note({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit', /un-peacebuilding-commission/);
    given(caseDecider, [caseOpened])
      .when(note({ actor: igad }))
      .thenRefuses('forbidden', 'remit');
  });
});
