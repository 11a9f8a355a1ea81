import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { ARTICLE_99_NOTIFICATION_SENT, EventMetadata, readPublished } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { COUNCIL_CASE } from './council-case-stream';

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
    const { notificationId, summary } = readPublished(event, ARTICLE_99_NOTIFICATION_SENT);
    await this.commands.execute(
      new ExecuteOnStream(
        COUNCIL_CASE,
        {
          type: 'note-article-99-notification',
          caseId: metadata.caseId,
          notificationId,
          summary,
          actor: metadata.actor,
          at: new Date(metadata.occurredAt),
        },
        { idempotencyKey: `note-article-99|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
