import { InvalidCommand } from '@rtop/kernel';
import { TIMELINE_CLOCKS, TimelineClock } from '../timeline/timeline-entry';

export const AS_OF_QUERY = {
  name: 'asOf',
  required: false,
  description: 'An ISO 8601 instant: replay the case as it stood then (by the clock `by` names). Absent: the whole timeline.',
  example: '2008-01-02T12:00:00Z',
};
export const BY_QUERY = {
  name: 'by',
  required: false,
  enum: TIMELINE_CLOCKS,
  description:
    '`recorded` (default): by when the system recorded each event, what was known at `asOf`. ' +
    '`occurred`: by when each event happened, including what was only recorded later.',
};
export const NOW_QUERY = {
  name: 'now',
  required: false,
  description:
    'An ISO 8601 instant the figures stand at (default: the current time). Only what had been recorded by then counts, ' +
    'and an open warning is measured up to it.',
  example: '2008-03-01T00:00:00Z',
};

export function parseInstant(name: string, value: string | undefined): Date | undefined {
  if (value === undefined || value === '') return undefined;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) throw new InvalidCommand('iso-8601-instant', `${name} must be an ISO 8601 instant, not ${value}`);
  return instant;
}

export function parseClock(value: string | undefined): TimelineClock {
  if (value === undefined || value === '') return 'recorded';
  if (!(TIMELINE_CLOCKS as readonly string[]).includes(value)) {
    throw new InvalidCommand('timeline-clock', `by must be one of ${TIMELINE_CLOCKS.join(', ')}, not ${value}`);
  }
  return value as TimelineClock;
}
