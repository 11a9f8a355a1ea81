import { TIMELINE_CLOCKS } from '../timeline/timeline-entry';

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
