import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { GlobalCheckpoint } from '@rtop/event-store';
import { Actor, OutsideRemit, RegionalBody } from '@rtop/kernel';
import { LiaisonFeeds } from '../liaison-feeds';
import { mayReadLiaisonFeed } from './liaison-feed-read-access';

export interface LiaisonFeedPage {
  readonly events: readonly {
    readonly id: string;
    readonly type: string;
    readonly context: unknown;
    readonly caseId: unknown;
    readonly recordedAt: Date;
    readonly data: unknown;
  }[];
  /** The position to ask from next (`after`). */
  readonly next: string;
}

export class ReadLiaisonFeed extends Query<LiaisonFeedPage> {
  constructor(
    readonly body: RegionalBody,
    readonly reader: Actor,
    readonly after: GlobalCheckpoint,
    readonly limit: number,
  ) {
    super();
  }
}

/** One page of a regional body's liaison feed: the feed is itself the read model, kept by the gateway as events arrive. */
@QueryHandler(ReadLiaisonFeed)
export class ReadLiaisonFeedHandler implements IQueryHandler<ReadLiaisonFeed> {
  constructor(private readonly feeds: LiaisonFeeds) {}

  async execute({ body, reader, after, limit }: ReadLiaisonFeed): Promise<LiaisonFeedPage> {
    if (!mayReadLiaisonFeed(reader, body))
      throw new OutsideRemit('remit', `${reader.body} may read its own liaison feed only, not ${body}'s`);
    const page = await this.feeds.of(body).readGlobalLog(after, limit);
    return {
      events: page.events.map((e) => ({
        id: e.eventId,
        type: e.type,
        context: e.metadata.context,
        caseId: e.metadata.caseId,
        recordedAt: e.recordedAt,
        data: e.data,
      })),
      next: `${page.next.transactionId}.${page.next.position}`,
    };
  }
}
