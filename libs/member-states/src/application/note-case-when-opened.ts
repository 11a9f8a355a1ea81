import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { NoteCaseWhenOpened } from '@rtop/commands';
import { EVENT_LOG, EventLog } from '@rtop/event-log';
import { MEMBER_STATES_CASE } from './member-states-case-stream';

/** The member states' record knows every case the Joint Office opens (focal-point `case-opened`). */
@Injectable()
export class NoteCaseWhenOpenedForMemberStates extends NoteCaseWhenOpened {
  protected readonly group = 'member-states.note-case-when-opened';
  protected readonly kinds = [MEMBER_STATES_CASE];

  constructor(@Inject(EVENT_LOG) log: EventLog, commands: CommandBus) {
    super(log, commands);
  }
}
