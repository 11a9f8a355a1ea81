import { CommandBus } from '@nestjs/cqrs';
import { EventLog, LoggedEvent } from '@rtop/event-log';
import { ExecuteOnStream } from '@rtop/commands';
import { Case, CaseCommand } from '../case/case';
import { CaseEvent } from '../case/case-events';
import { JOINT_OFFICE_CASE } from './case-stream';
import { NoteLessonWhenRecorded } from './note-lesson-when-recorded';

const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const actor = { body: 'un-peacebuilding-commission', person: 'chair', role: 'chair' };

const recorded = (type = 'lesson-recorded'): LoggedEvent => ({
  eventId: '5e1f0000-0000-4000-8000-000000000007',
  type,
  data: { lessonId: 'lesson-1', caseId, contributor: 'Peacebuilding Commission', lesson: 'Warnings reached the Council late' },
  metadata: { caseId, context: 'other-organs', schemaVersion: 1, actor, occurredAt: '2009-03-01T10:00:00.000Z' },
  streamId: `other-organs-case-${caseId}`,
  revision: 3n,
  recordedAt: new Date('2009-03-01T10:00:01.000Z'),
  context: 'other-organs',
  caseId,
});

function reactionWith(execute: (command: ExecuteOnStream<CaseCommand, CaseEvent, Case>) => Promise<unknown>) {
  const bus = { execute: jest.fn(execute) };
  const reaction = new NoteLessonWhenRecorded({} as EventLog, bus as unknown as CommandBus);
  return { bus, react: (event: LoggedEvent) => (reaction as unknown as { react(e: LoggedEvent): Promise<void> }).react(event) };
}

describe('note a lesson when the other organs record one', () => {
  it('notes the lesson on the case as its recorder sent it, once however often the event comes', async () => {
    const { bus, react } = reactionWith(() => Promise.resolve({ events: [], revision: 0n }));
    await react(recorded());
    expect(bus.execute).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: JOINT_OFFICE_CASE,
        command: {
          type: 'note-lesson-learned',
          caseId,
          lessonId: 'lesson-1',
          contributor: 'Peacebuilding Commission',
          lesson: 'Warnings reached the Council late',
          actor,
          at: new Date('2009-03-01T10:00:00.000Z'),
        },
        options: { idempotencyKey: 'lesson|5e1f0000-0000-4000-8000-000000000007', causationId: '5e1f0000-0000-4000-8000-000000000007' },
      }),
    );
  });

  it('lets the other organs’ other events pass', async () => {
    const { bus, react } = reactionWith(() => Promise.resolve({ events: [], revision: 0n }));
    await react(recorded('recommendation-made'));
    expect(bus.execute).not.toHaveBeenCalled();
  });
});
