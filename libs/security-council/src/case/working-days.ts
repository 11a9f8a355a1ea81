/**
 * The working calendar deadlines are counted on. Configurable (SecurityCouncilConfig.calendar):
 * the UN holidays default to none, so only Saturdays and Sundays are skipped until they are set.
 */
export interface WorkingCalendar {
  /** Dates (YYYY-MM-DD) that are not working days at Headquarters. */
  readonly holidays: readonly string[];
  /** The IANA time zone in which an instant becomes a calendar day: UN Headquarters by default. */
  readonly timeZone: string;
}

export const UN_HEADQUARTERS_CALENDAR: WorkingCalendar = { holidays: [], timeZone: 'America/New_York' };

const DAY_MS = 86_400_000;

/** The date (YYYY-MM-DD) `days` working days after the day on which `instant` falls, Monday to Friday, holidays excepted. */
export function workingDaysAfter(instant: Date, days: number, calendar: WorkingCalendar): string {
  const localDate = new Intl.DateTimeFormat('en-CA', {
    timeZone: calendar.timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  let day = Date.parse(`${localDate}T00:00:00Z`);
  for (let counted = 0; counted < days;) {
    day += DAY_MS;
    const date = new Date(day);
    const weekend = date.getUTCDay() === 0 || date.getUTCDay() === 6;
    if (!weekend && !calendar.holidays.includes(date.toISOString().slice(0, 10))) counted++;
  }
  return new Date(day).toISOString().slice(0, 10);
}

/** The last instant of `date` (YYYY-MM-DD) in the calendar's time zone, as an ISO instant: a deadline runs to the end of its day. */
export function endOfDay(date: string, calendar: WorkingCalendar): string {
  // Offsets change at night (DST moves at 02:00), so the offset at midday holds until midnight.
  const midday = new Date(`${date}T12:00:00Z`);
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- Intl yields a timeZoneName part whenever timeZoneName is asked for.
  const zone = new Intl.DateTimeFormat('en-US', { timeZone: calendar.timeZone, timeZoneName: 'longOffset' })
    .formatToParts(midday)
    .find((part) => part.type === 'timeZoneName')!.value;
  const offset = zone === 'GMT' ? 'Z' : zone.slice('GMT'.length);
  return new Date(`${date}T23:59:59.999${offset}`).toISOString();
}
