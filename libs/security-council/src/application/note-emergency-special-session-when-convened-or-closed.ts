import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { Actor, EventMetadata } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { COUNCIL_CASE } from './council-case-stream';

/** The published shape of the General Assembly's `emergency-special-session-convened` and `-closed`, schema version 1. */
interface EmergencySpecialSessionV1 {
  readonly caseId: string;
  readonly sessionId: string;
}

const STATUS_OF: Record<string, 'convened' | 'closed'> = {
  'emergency-special-session-convened': 'convened',
  'emergency-special-session-closed': 'closed',
};

/**
 * Tells the Council which emergency special sessions are open on a situation: while one is,
 * a veto sets no debate deadline (res. 76/262, OP1).
 */
@Injectable()
export class NoteEmergencySpecialSessionWhenConvenedOrClosed extends EventLogReaction {
  protected readonly group = 'security-council.note-emergency-special-session-when-convened-or-closed';
  protected readonly contexts = ['general-assembly'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    private readonly commands: CommandBus,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    const metadata = event.metadata as unknown as EventMetadata;
    const status = Object.hasOwn(STATUS_OF, event.type) ? STATUS_OF[event.type] : undefined;
    if (!status || metadata.context !== 'general-assembly') return;
    const { caseId, sessionId } = event.data as EmergencySpecialSessionV1;
    await this.commands.execute(
      new ExecuteOnStream(
        COUNCIL_CASE,
        { type: 'note-emergency-special-session', caseId, sessionId, status, actor: metadata.actor as Actor, at: new Date(metadata.occurredAt) },
        { idempotencyKey: `note-emergency-special-session|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
