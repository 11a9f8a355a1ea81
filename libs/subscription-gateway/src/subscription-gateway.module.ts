import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ForwardEntitledEvents } from './forward-entitled-events';
import { LiaisonFeedController } from './http/liaison-feed.controller';
import { LiaisonFeeds } from './liaison-feeds';
import { ReadLiaisonFeedHandler } from './read/read-liaison-feed.handler';

/**
 * The regional liaison offices' way in: each gets the events it is entitled to, and no other.
 * Each office's feed is its own store, appended to as events arrive: it is the read model its
 * page is read from, so the gateway keeps no projection of its own.
 */
@Module({
  imports: [CqrsModule],
  controllers: [LiaisonFeedController],
  providers: [LiaisonFeeds, ForwardEntitledEvents, ReadLiaisonFeedHandler],
})
export class SubscriptionGatewayModule {}
