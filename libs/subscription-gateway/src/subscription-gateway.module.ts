import { Module } from '@nestjs/common';
import { ForwardEntitledEvents } from './forward-entitled-events';
import { LiaisonFeedController } from './http/liaison-feed.controller';
import { LiaisonFeeds } from './liaison-feeds';

/** The regional liaison offices' way in: each gets the events it is entitled to, and no other. */
@Module({
  controllers: [LiaisonFeedController],
  providers: [LiaisonFeeds, ForwardEntitledEvents],
})
export class SubscriptionGatewayModule {}
