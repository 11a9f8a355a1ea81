import { RIFT_VALLEY, day, riftValley } from '../replay/timeline.fixtures';
import { humanDuration } from './durations';
import { lessonsOf } from './lessons';

describe('lessons learned on a case', () => {
  it('are the lessons the other organs recorded, each once though the Joint Office noted it too', () => {
    expect(lessonsOf(riftValley)).toEqual([
      {
        lessonId: 'L1',
        caseId: RIFT_VALLEY,
        contributor: 'un-peacebuilding-commission',
        lesson: 'Mediate before the vote',
        occurredAt: day(35),
        recordedAt: expect.any(String),
        eventId: expect.any(String),
      },
    ]);
  });
});

describe('a duration for a reader', () => {
  it('gives its two largest units', () => {
    expect(humanDuration(3 * 86_400_000 + 4 * 3_600_000 + 5 * 60_000)).toBe('3 d 4 h');
    expect(humanDuration(3 * 86_400_000 + 5 * 60_000)).toBe('3 d');
    expect(humanDuration(65_000)).toBe('1 min 5 s');
    expect(humanDuration(250)).toBe('250 ms');
    expect(humanDuration(-2 * 86_400_000)).toBe('-2 d');
  });
});
