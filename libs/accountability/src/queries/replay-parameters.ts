import { InvalidCommand } from '@rtop/kernel';
import { TIMELINE_CLOCKS, TimelineClock } from '../timeline/timeline-entry';

/** The clock a timeline is read by; refused with 400 timeline-clock, without quoting what was sent. */
export function parseClock(value: string | undefined): TimelineClock {
  if (value === undefined || value === '') return 'recorded';
  if (!(TIMELINE_CLOCKS as readonly string[]).includes(value)) {
    throw new InvalidCommand('timeline-clock', `by must be one of ${TIMELINE_CLOCKS.join(', ')}`);
  }
  return value as TimelineClock;
}
