import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore, GlobalLogReaction, RecordedEvent } from '@rtop/event-store';
import { indexLesson } from './lessons';

/**
 * Copies each lesson recorded on a case into the register across cases, by following this
 * context's own store: at-least-once and from a durable checkpoint, so a lesson whose case
 * write succeeded is never missing from the register, however the process stopped.
 */
@Injectable()
export class IndexLessonWhenRecorded extends GlobalLogReaction {
  protected readonly subscriber = 'other-organs.index-lesson-when-recorded';

  constructor(@Inject(EVENT_STORE) store: EventStore) {
    super(store);
  }

  protected react(event: RecordedEvent): Promise<void> {
    return indexLesson(this.store, event);
  }
}
