import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { NoteCaseWhenOpened } from '@rtop/commands';
import { EVENT_LOG, EventLog } from '@rtop/event-log';
import { COUNCIL_CASE } from './council-case-stream';

/** The Council knows every case the Joint Office opens (focal-point `case-opened`): known, not yet on its agenda. */
@Injectable()
export class NoteCaseWhenOpenedInCouncil extends NoteCaseWhenOpened {
  protected readonly group = 'security-council.note-case-when-opened';
  protected readonly kinds = [COUNCIL_CASE];

  constructor(@Inject(EVENT_LOG) log: EventLog, commands: CommandBus) {
    super(log, commands);
  }
}
