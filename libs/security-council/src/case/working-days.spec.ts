import { UN_HEADQUARTERS_CALENDAR, endOfDay, workingDaysAfter } from './working-days';

describe('working days at Headquarters', () => {
  it('counts ten working days from a Thursday across two weekends', () => {
    // The DPRK veto of Thursday 26 May 2022; the Assembly met on 8 June, within the period.
    expect(workingDaysAfter(new Date('2022-05-26T19:00:00Z'), 10, UN_HEADQUARTERS_CALENDAR)).toBe('2022-06-09');
  });

  it('starts counting on the Monday after a veto cast on a weekend', () => {
    expect(workingDaysAfter(new Date('2022-05-28T15:00:00Z'), 1, UN_HEADQUARTERS_CALENDAR)).toBe('2022-05-30');
    expect(workingDaysAfter(new Date('2022-05-29T15:00:00Z'), 10, UN_HEADQUARTERS_CALENDAR)).toBe('2022-06-10');
  });

  it('skips the holidays configured', () => {
    const calendar = { ...UN_HEADQUARTERS_CALENDAR, holidays: ['2022-05-30', '2022-06-01'] };
    expect(workingDaysAfter(new Date('2022-05-26T19:00:00Z'), 10, calendar)).toBe('2022-06-13');
  });

  it('takes the day of the veto in New York, not in UTC', () => {
    const thursdayEveningInNewYork = new Date('2022-05-27T02:00:00Z');
    expect(workingDaysAfter(thursdayEveningInNewYork, 10, UN_HEADQUARTERS_CALENDAR)).toBe('2022-06-09');
    expect(workingDaysAfter(thursdayEveningInNewYork, 10, { ...UN_HEADQUARTERS_CALENDAR, timeZone: 'UTC' })).toBe('2022-06-10');
  });

  it('ends a day at midnight in New York, summer time or not', () => {
    expect(endOfDay('2022-06-09', UN_HEADQUARTERS_CALENDAR)).toBe('2022-06-10T03:59:59.999Z');
    expect(endOfDay('2022-12-15', UN_HEADQUARTERS_CALENDAR)).toBe('2022-12-16T04:59:59.999Z');
    expect(endOfDay('2022-12-15', { ...UN_HEADQUARTERS_CALENDAR, timeZone: 'UTC' })).toBe('2022-12-15T23:59:59.999Z');
  });
});
