import { given } from '@rtop/testing';
import { otherOrgansDecider } from './other-organs-case';
import { LESSON_CONTRIBUTORS } from './organs';
import { RecordLesson } from './record-lesson';
import { at, caseId, kenya, lessonRecorded, peacebuildingCommission, securityCouncil, noted } from './other-organs.fixtures';

const record = (overrides: Partial<RecordLesson> = {}): RecordLesson => ({
  type: 'record-lesson',
  caseId,
  lessonId: 'lesson-1',
  lesson: lessonRecorded.data.lesson,
  actor: peacebuildingCommission,
  at,
  ...overrides,
});

describe('a lesson learned is recorded on a case', () => {
  it('records the Peacebuilding Commission’s lesson under its name', () => {
    given(otherOrgansDecider, [noted]).when(record()).then([lessonRecorded]);
  });

  it('takes lessons from the Human Rights Council, the Peacebuilding Commission, ECOSOC, the Joint Office and the Secretary-General', () => {
    for (const body of LESSON_CONTRIBUTORS) {
      const [recorded] = given(otherOrgansDecider, [noted])
        .when(record({ actor: { ...peacebuildingCommission, body } }))
        .result();
      expect(recorded).toMatchObject({ type: 'lesson-recorded', data: { contributor: body } });
    }
    expect([...LESSON_CONTRIBUTORS].sort()).toEqual([
      'un-ecosoc',
      'un-human-rights-council',
      'un-joint-office',
      'un-peacebuilding-commission',
      'un-secretary-general',
    ]);
  });

  it('is not for other bodies: the Security Council and member states are not contributors', () => {
    given(otherOrgansDecider, [noted])
      .when(record({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
    given(otherOrgansDecider, [noted])
      .when(record({ actor: kenya }))
      .thenRefuses('forbidden', 'remit');
  });

  it('states the lesson', () => {
    given(otherOrgansDecider, [noted])
      .when(record({ lesson: '  ' }))
      .thenRefuses('invalid', 'lesson-stated');
  });

  it('records a lesson once', () => {
    given(otherOrgansDecider, [noted, lessonRecorded]).when(record()).thenRefuses('conflict', 'lesson-recorded-once');
  });

  it('keeps several lessons on one case', () => {
    given(otherOrgansDecider, [noted, lessonRecorded])
      .when(record({ lessonId: 'lesson-2', lesson: 'Early warning reached the SG before the vote' }))
      .then([
        {
          type: 'lesson-recorded',
          data: {
            lessonId: 'lesson-2',
            caseId,
            contributor: 'un-peacebuilding-commission',
            lesson: 'Early warning reached the SG before the vote',
          },
        },
      ]);
  });
});

describe('a lesson on a case that exists', () => {
  it('given a case the Joint Office never opened, when an organ records a lesson, then 404 case-exists and nothing is written', () => {
    given(otherOrgansDecider)
      .when(record())
      .thenRefuses('not-found', 'case-exists', /no case .* is known to the other organs/);
  });
});
