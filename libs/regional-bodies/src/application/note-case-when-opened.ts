import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { NoteCaseWhenOpened } from '@rtop/commands';
import { EVENT_LOG, EventLog } from '@rtop/event-log';
import { REGIONAL_CASE_STREAM, RegionalCaseStream } from './regional-case-stream';

/** The regional bodies know every case the Joint Office opens (focal-point `case-opened`): known, not yet before any of them. */
@Injectable()
export class NoteCaseWhenOpenedByRegionalBodies extends NoteCaseWhenOpened {
  protected readonly group = 'regional-bodies.note-case-when-opened';
  protected readonly kinds: readonly RegionalCaseStream[];

  constructor(@Inject(EVENT_LOG) log: EventLog, commands: CommandBus, @Inject(REGIONAL_CASE_STREAM) cases: RegionalCaseStream) {
    super(log, commands);
    this.kinds = [cases];
  }
}
