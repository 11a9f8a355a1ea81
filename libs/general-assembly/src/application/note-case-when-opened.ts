import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { NoteCaseWhenOpened } from '@rtop/commands';
import { EVENT_LOG, EventLog } from '@rtop/event-log';
import { GENERAL_ASSEMBLY_CASE } from './general-assembly-case-stream';

/** The Assembly knows every case the Joint Office opens (focal-point `case-opened`): known, not yet before it. */
@Injectable()
export class NoteCaseWhenOpenedInAssembly extends NoteCaseWhenOpened {
  protected readonly group = 'general-assembly.note-case-when-opened';
  protected readonly kinds = [GENERAL_ASSEMBLY_CASE];

  constructor(@Inject(EVENT_LOG) log: EventLog, commands: CommandBus) {
    super(log, commands);
  }
}
