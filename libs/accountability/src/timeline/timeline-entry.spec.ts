import { TimelineEntry, timelineAsOf } from './timeline-entry';

const entry = (type: string, recordedAt: string): TimelineEntry => ({
  eventId: type,
  type,
  context: 'focal-point',
  actor: { body: 'un-joint-office', person: 'p', role: 'r' },
  occurredAt: recordedAt,
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
    expect(timelineAsOf([entries[2], entries[0], entries[1]]).map((e) => e.type)).toEqual(['case-opened', 'assessment-issued', 'assessment-transmitted']);
  });
});
