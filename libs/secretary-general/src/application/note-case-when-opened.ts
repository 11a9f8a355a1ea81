import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { NoteCaseWhenOpened } from '@rtop/commands';
import { EVENT_LOG, EventLog } from '@rtop/event-log';
import { CASE_RESPONSES } from './responses-stream';
import { SECRETARY_GENERAL_CASE } from './secretary-general-case-stream';

/** The Secretary-General knows every case the Joint Office opens (focal-point `case-opened`): its file and the case's responses. */
@Injectable()
export class NoteCaseWhenOpenedBySecretaryGeneral extends NoteCaseWhenOpened {
  protected readonly group = 'secretary-general.note-case-when-opened';
  protected readonly kinds = [SECRETARY_GENERAL_CASE, CASE_RESPONSES];

  constructor(@Inject(EVENT_LOG) log: EventLog, commands: CommandBus) {
    super(log, commands);
  }
}
