import { setTimeout as sleep } from 'node:timers/promises';
import { Consumer, ConsumerConfig, EachMessageHandler, Kafka } from 'kafkajs';

/**
 * A member retries for about five minutes, at most 2 s apart, before it gives up and restarts:
 * through a broker restart (a slow one takes a minute) it comes back under its own member id
 * and goes on where it was, rather than joining as a new member that waits for its old self to
 * time out. The consumers' Kafka client must retry as long: kafkajs connects with its settings.
 */
export const MEMBER_RETRY = { initialRetryTime: 250, maxRetryTime: 2_000, retries: 150 };

/**
 * Membership settings for a quick recovery. A member that dies without leaving holds its
 * partitions until its session times out: 6 s is the broker's least (group.min.session.timeout.ms),
 * against kafkajs's 30 s. kafkajs heartbeats between fetches, so a fetch waits at most 1 s for data.
 */
export const MEMBERSHIP: Omit<ConsumerConfig, 'groupId'> = {
  sessionTimeout: 6_000,
  heartbeatInterval: 1_000,
  rebalanceTimeout: 10_000,
  maxWaitTimeInMs: 1_000,
  retry: MEMBER_RETRY,
};

const MAX_REJOIN_WAIT_MS = 5_000;

/**
 * One member of a consumer group that stays in its group until it leaves. kafkajs restarts a
 * consumer after a crash it deems retriable; after any other crash, this joins again.
 */
export class GroupMember {
  private consumer?: Consumer;
  private leaving = false;

  constructor(
    private readonly kafka: Kafka,
    private readonly groupId: string,
    private readonly topics: readonly string[],
    private readonly eachMessage: EachMessageHandler,
  ) {}

  /** Joins once: throws when the broker cannot be reached, so the caller knows and can try again. */
  async join(): Promise<void> {
    const consumer = this.kafka.consumer({ groupId: this.groupId, ...MEMBERSHIP });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart && !this.leaving) void this.rejoin(payload.error);
    });
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [...this.topics], fromBeginning: true });
      await consumer.run({ eachMessage: this.eachMessage });
    } catch (error) {
      await consumer.disconnect().catch(() => undefined);
      throw error;
    }
    this.consumer = consumer;
    if (this.leaving) await consumer.disconnect();
  }

  /** Leaves the group cleanly: the message in hand is finished and its offset committed first. */
  async leave(): Promise<void> {
    this.leaving = true;
    await this.consumer?.disconnect();
  }

  private async rejoin(cause: Error): Promise<void> {
    console.warn(`[event-log] ${this.groupId} stopped (${cause.message}); joining again`);
    for (let attempt = 1; !this.leaving; attempt++) {
      await sleep(Math.min(MAX_REJOIN_WAIT_MS, 250 * 2 ** attempt));
      try {
        await this.join();
        return;
      } catch (error) {
        console.warn(`[event-log] ${this.groupId} could not join again (attempt ${String(attempt)}): ${(error as Error).message}`);
      }
    }
  }
}
