import { Inject, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { EVENT_STORE, EventStore, RecordedEvent } from './event-store.port';
import { GlobalLogFollower, followGlobalLog } from './follow-global-log';

/**
 * A reaction that follows the global log for as long as the application runs: at-least-once,
 * from its durable checkpoint, so `react` must change nothing when an event comes again.
 */
export abstract class GlobalLogReaction implements OnApplicationBootstrap, OnModuleDestroy {
  /** Names the reaction's checkpoint; changing it replays the whole log into the reaction. */
  protected abstract readonly subscriber: string;
  protected abstract react(event: RecordedEvent): Promise<void>;

  private readonly logger = new Logger(this.constructor.name);
  private follower?: GlobalLogFollower;

  constructor(@Inject(EVENT_STORE) protected readonly store: EventStore) {}

  onApplicationBootstrap(): void {
    this.follower = followGlobalLog(this.store, {
      subscriber: this.subscriber,
      handle: async (events) => {
        for (const event of events) await this.react(event);
      },
      onError: (error) => this.logger.error(error),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.follower?.stop();
  }
}
