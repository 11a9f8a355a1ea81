import { RecordedEvent } from '@rtop/event-store';
import { lessonRecorded, peacebuildingCommission } from '../case/other-organs.fixtures';
import { lessonEntry } from './lessons';

const recorded = (overrides: Partial<RecordedEvent> = {}): RecordedEvent => ({
  eventId: '6b1f9a70-0000-4000-8000-000000000001',
  streamId: 'other-organs-case-c0ffee00-0000-4000-8000-000000000001',
  revision: 0n,
  checkpoint: { transactionId: 1n, position: 1n },
  recordedAt: new Date('2009-03-01T09:00:01Z'),
  type: lessonRecorded.type,
  data: lessonRecorded.data,
  metadata: {
    caseId: lessonRecorded.data.caseId,
    context: 'other-organs',
    schemaVersion: 1,
    actor: peacebuildingCommission,
    occurredAt: '2009-03-01T09:00:00.000Z',
  },
  ...overrides,
});

describe('a lesson as the register keeps it', () => {
  it('is the lesson as recorded, with when its contributor recorded it', () => {
    expect(lessonEntry(recorded())).toEqual({ ...lessonRecorded.data, occurredAt: '2009-03-01T09:00:00.000Z' });
  });

  it('comes from lessons only', () => {
    expect(lessonEntry(recorded({ type: 'review-conducted' }))).toBeUndefined();
    expect(lessonEntry(recorded({ type: 'lesson-indexed' }))).toBeUndefined();
  });
});
