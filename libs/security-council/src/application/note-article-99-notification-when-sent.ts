import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { Actor, EventMetadata } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { COUNCIL_CASE } from './council-case-stream';

/** The Secretary-General's `article-99-notification-sent`, schema version 1 (not among the brief's published contracts; taken from the producer). */
interface Article99NotificationSentV1 {
  readonly caseId: string;
  readonly notificationId: string;
  readonly summary: string;
}

/** Places a matter the Secretary-General brings to the Council's attention under Art. 99 on its agenda for the case. */
@Injectable()
export class NoteArticle99NotificationWhenSent extends EventLogReaction {
  protected readonly group = 'security-council.note-article-99-notification-when-sent';
  protected readonly contexts = ['secretary-general'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    private readonly commands: CommandBus,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    const metadata = event.metadata as unknown as EventMetadata;
    if (event.type !== 'article-99-notification-sent' || metadata.context !== 'secretary-general') return;
    const { notificationId, summary } = event.data as Article99NotificationSentV1;
    await this.commands.execute(
      new ExecuteOnStream(
        COUNCIL_CASE,
        {
          type: 'note-article-99-notification',
          caseId: metadata.caseId,
          notificationId,
          summary,
          actor: metadata.actor as Actor,
          at: new Date(metadata.occurredAt),
        },
        { idempotencyKey: `note-article-99|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
