import { RecordedEvent } from '@rtop/event-store';
import { lessonRecorded, peacebuildingCommission } from '../case/other-organs.fixtures';
import { lessonIndexEntry } from './lessons';

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

describe('the register of lessons across cases', () => {
  it('copies the lesson as recorded, with when it was recorded', () => {
    expect(lessonIndexEntry(recorded())).toMatchObject({
      type: 'lesson-indexed',
      data: { ...lessonRecorded.data, occurredAt: '2009-03-01T09:00:00.000Z' },
      metadata: { caseId: lessonRecorded.data.caseId, context: 'other-organs', causationId: recorded().eventId },
    });
  });

  it('gives a redelivered lesson the same entry id, so the store appends it once', () => {
    expect(lessonIndexEntry(recorded())!.eventId).toBe(lessonIndexEntry(recorded())!.eventId);
    expect(lessonIndexEntry(recorded({ eventId: '6b1f9a70-0000-4000-8000-000000000002' }))!.eventId).not.toBe(
      lessonIndexEntry(recorded())!.eventId,
    );
  });

  it('is a copy, not a second lesson: followers of lesson-recorded never see it', () => {
    expect(lessonIndexEntry(recorded())!.type).not.toBe('lesson-recorded');
  });

  it('takes lessons only', () => {
    expect(lessonIndexEntry(recorded({ type: 'review-conducted' }))).toBeUndefined();
    expect(lessonIndexEntry(recorded({ type: 'lesson-indexed' }))).toBeUndefined();
  });
});
