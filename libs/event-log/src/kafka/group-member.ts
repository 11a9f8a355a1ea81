import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { Consumer, ConsumerConfig, EachMessageHandler, Kafka } from 'kafkajs';
import { reasonOf } from '../reason-of';

/**
 * A member's client tries again for about five minutes, at most 1 s apart: a broker that is back
 * is seen within a second, and a slow restart (a minute on a busy machine) is waited out. The
 * consumers' Kafka client has the same settings: kafkajs connects with them.
 */
export const MEMBER_RETRY = { initialRetryTime: 250, maxRetryTime: 1_000, retries: 300 };

/**
 * Membership settings for a quick recovery.
 *
 * A member that dies without leaving holds its partitions until its session times out: 6 s is
 * the broker's least (group.min.session.timeout.ms), against kafkajs's 30 s. kafkajs heartbeats
 * between messages and fetches, and a fetch waits at most 1 s for data.
 *
 * A rebalance waits for every member to join again, for at most the rebalance timeout; one that
 * has not is dropped. When its only broker goes away, a kafkajs consumer crashes and comes back
 * under a new member id, so after a restart every group waits out its members' old ids: for 3 s
 * rather than the 6 s session, which a member, told at its next heartbeat, has time enough for.
 */
export const MEMBERSHIP: Omit<ConsumerConfig, 'groupId'> = {
  sessionTimeout: 6_000,
  heartbeatInterval: 1_000,
  rebalanceTimeout: 3_000,
  maxWaitTimeInMs: 1_000,
};

const MAX_REJOIN_WAIT_MS = 5_000;

const logger = new Logger('event-log');

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
    // kafkajs may restart a crashed consumer after `leave` disconnected it (its restart is
    // scheduled after the crash's own disconnect): a leaving member is never restarted, and one
    // that joins all the same leaves at once.
    const restartOnFailure = () => Promise.resolve(!this.leaving);
    const consumer = this.kafka.consumer({ groupId: this.groupId, ...MEMBERSHIP, retry: { ...MEMBER_RETRY, restartOnFailure } });
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (!payload.restart && !this.leaving) void this.rejoin(payload.error);
    });
    consumer.on(consumer.events.GROUP_JOIN, () => {
      if (this.leaving) void consumer.disconnect().catch(() => undefined);
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
    logger.warn(`${this.groupId} stopped (${cause.message}); joining again`);
    for (let attempt = 1; !this.leaving; attempt++) {
      await sleep(Math.min(MAX_REJOIN_WAIT_MS, 250 * 2 ** attempt));
      try {
        await this.join();
        return;
      } catch (error) {
        logger.warn(`${this.groupId} could not join again (attempt ${String(attempt)}): ${reasonOf(error)}`);
      }
    }
  }
}
