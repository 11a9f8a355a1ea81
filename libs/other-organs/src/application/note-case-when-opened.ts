import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { NoteCaseWhenOpened } from '@rtop/commands';
import { EVENT_LOG, EventLog } from '@rtop/event-log';
import { OTHER_ORGANS_CASE } from './other-organs-case-stream';

/** The other organs know every case the Joint Office opens (focal-point `case-opened`): known, with nothing of theirs yet. */
@Injectable()
export class NoteCaseWhenOpenedByOtherOrgans extends NoteCaseWhenOpened {
  protected readonly group = 'other-organs.note-case-when-opened';
  protected readonly kinds = [OTHER_ORGANS_CASE];

  constructor(@Inject(EVENT_LOG) log: EventLog, commands: CommandBus) {
    super(log, commands);
  }
}
