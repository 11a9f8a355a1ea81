import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { EventMetadata, LESSON_RECORDED, readPublished } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { JOINT_OFFICE_CASE } from './case-stream';

/** Feeds every lesson the other organs record on a case back to the Joint Office. A redelivered event changes nothing. */
@Injectable()
export class NoteLessonWhenRecorded extends EventLogReaction {
  protected readonly group = 'focal-point.note-lesson-when-recorded';
  protected readonly contexts = ['other-organs'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    private readonly commands: CommandBus,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    if (event.type !== 'lesson-recorded') return;
    const metadata = event.metadata as unknown as EventMetadata;
    const recorded = readPublished(event, LESSON_RECORDED);
    await this.commands.execute(
      new ExecuteOnStream(
        JOINT_OFFICE_CASE,
        {
          type: 'note-lesson-learned',
          caseId: event.caseId,
          lessonId: recorded.lessonId,
          contributor: recorded.contributor,
          lesson: recorded.lesson,
          actor: metadata.actor,
          at: new Date(metadata.occurredAt),
        },
        { idempotencyKey: `lesson|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
