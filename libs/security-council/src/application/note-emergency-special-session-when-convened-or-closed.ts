import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { EMERGENCY_SPECIAL_SESSION_CLOSED, EMERGENCY_SPECIAL_SESSION_CONVENED, EventMetadata, readPublished } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { COUNCIL_CASE } from './council-case-stream';

/** The General Assembly's published events this reaction reads, and what each says of the session. */
const STATUS_OF = {
  'emergency-special-session-convened': { status: 'convened', contract: EMERGENCY_SPECIAL_SESSION_CONVENED },
  'emergency-special-session-closed': { status: 'closed', contract: EMERGENCY_SPECIAL_SESSION_CLOSED },
} as const;

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
    const read = Object.hasOwn(STATUS_OF, event.type) ? STATUS_OF[event.type as keyof typeof STATUS_OF] : undefined;
    if (!read || metadata.context !== 'general-assembly') return;
    const { status } = read;
    const { caseId, sessionId } = readPublished(event, read.contract);
    await this.commands.execute(
      new ExecuteOnStream(
        COUNCIL_CASE,
        {
          type: 'note-emergency-special-session',
          caseId,
          sessionId,
          status,
          actor: metadata.actor,
          at: new Date(metadata.occurredAt),
        },
        { idempotencyKey: `note-emergency-special-session|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
