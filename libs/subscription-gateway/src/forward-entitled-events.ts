import { Inject, Injectable } from '@nestjs/common';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { entitledBodies } from './entitlement/entitlement';
import { LiaisonFeeds } from './liaison-feeds';

/**
 * Copies each event a liaison office is entitled to into that office's feed, under the event's
 * own id: a redelivered event is already there, so it is forwarded once.
 */
@Injectable()
export class ForwardEntitledEvents extends EventLogReaction {
  protected readonly group = 'subscription-gateway.forward-entitled-events';
  protected readonly contexts = ['secretary-general', 'security-council', 'regional-bodies'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    private readonly feeds: LiaisonFeeds,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    for (const body of entitledBodies(event)) {
      await this.feeds
        .of(body)
        .append(
          `${event.context}-${event.streamId}`,
          [{ eventId: event.eventId, type: event.type, data: event.data, metadata: { ...event.metadata, context: event.context } }],
          'any',
        );
    }
  }
}
