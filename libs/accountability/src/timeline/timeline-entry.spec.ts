import { TimelineEntry, timelineAsOf } from './timeline-entry';

const entry = (type: string, recordedAt: string, occurredAt = recordedAt): TimelineEntry => ({
  eventId: type,
  type,
  context: 'focal-point',
  actor: { body: 'un-joint-office', person: 'p', role: 'r' },
  occurredAt,
  recordedAt,
  data: {},
});

describe('timeline as of an instant', () => {
  const entries = [
    entry('case-opened', '2008-01-01T10:00:00.000Z'),
    entry('assessment-issued', '2008-01-02T10:00:00.000Z'),
    entry('assessment-transmitted', '2008-01-03T10:00:00.000Z'),
  ];

  it('omits what was recorded after the instant, keeping what was recorded at it', () => {
    expect(timelineAsOf(entries, new Date('2008-01-02T10:00:00.000Z')).map((e) => e.type)).toEqual(['case-opened', 'assessment-issued']);
  });

  it('is the whole timeline without an instant', () => {
    expect(timelineAsOf(entries)).toHaveLength(3);
  });

  it('orders entries by when they were recorded, whatever order they arrived in', () => {
    expect(timelineAsOf([entries[2], entries[0], entries[1]]).map((e) => e.type)).toEqual([
      'case-opened',
      'assessment-issued',
      'assessment-transmitted',
    ]);
  });
});

describe('timeline as of an instant, by when events happened', () => {
  // A decision taken on the 2nd but only entered on the 5th: known late, yet it had happened.
  const entries = [
    entry('case-opened', '2008-01-01T10:00:00.000Z'),
    entry('council-decision-adopted', '2008-01-05T10:00:00.000Z', '2008-01-02T09:00:00.000Z'),
    entry('assessment-issued', '2008-01-03T10:00:00.000Z'),
  ];
  const at = new Date('2008-01-02T12:00:00.000Z');

  it('includes what had happened by the instant though it was recorded later', () => {
    expect(timelineAsOf(entries, at, 'occurred').map((e) => e.type)).toEqual(['case-opened', 'council-decision-adopted']);
  });

  it('leaves it out by when it was recorded: nobody knew of it yet', () => {
    expect(timelineAsOf(entries, at, 'recorded').map((e) => e.type)).toEqual(['case-opened']);
  });

  it('orders the whole timeline by when each event happened', () => {
    expect(timelineAsOf(entries, undefined, 'occurred').map((e) => e.type)).toEqual([
      'case-opened',
      'council-decision-adopted',
      'assessment-issued',
    ]);
    expect(timelineAsOf(entries).map((e) => e.type)).toEqual(['case-opened', 'assessment-issued', 'council-decision-adopted']);
  });
});
