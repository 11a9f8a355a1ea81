import { isInstant } from '@rtop/http';
import { InvalidCommand } from '@rtop/kernel';
import { TIMELINE_CLOCKS, TimelineClock } from '../timeline/timeline-entry';

/** The queries take their replay parameters as the caller wrote them, so each edge refuses a bad one alike, naming the rule. */
export function parseInstant(name: string, value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  if (!isInstant(value)) throw new InvalidCommand('iso-8601-instant', `${name} must be an ISO 8601 instant, not ${value}`);
  return new Date(value);
}

export function parseClock(value: string | undefined): TimelineClock {
  if (value === undefined || value === '') return 'recorded';
  if (!(TIMELINE_CLOCKS as readonly string[]).includes(value)) {
    throw new InvalidCommand('timeline-clock', `by must be one of ${TIMELINE_CLOCKS.join(', ')}, not ${value}`);
  }
  return value as TimelineClock;
}
