import { Admin, Kafka, logLevel } from 'kafkajs';
import { KafkaEventLogConfig, topicOf } from '@rtop/event-log';

/** The groups' offsets are read at most this often, however often /metrics is scraped. */
const SAMPLE_MS = 10_000;
const ANSWER_MS = 2_000;

export interface ConsumerGroup {
  readonly group: string;
  readonly contexts: readonly string[];
}

/** A promise that fails after `ms`: a check that hangs answers as down. */
export function within<T>(ms: number, what: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} did not answer within ${String(ms)} ms`));
    }, ms);
  });
  return Promise.race([work, late]).finally(() => {
    clearTimeout(timer);
  });
}

/**
 * The broker as operators see it: whether it answers, and how far each consumer group is behind
 * the end of its topics (the sum over partitions of the newest offset less the group's committed one).
 */
export class KafkaLags {
  private readonly kafka: Kafka;
  private admin?: Promise<Admin>;
  private last?: { readonly at: number; readonly lags: Map<string, number> };

  constructor(private readonly config: KafkaEventLogConfig) {
    this.kafka = new Kafka({
      clientId: `${config.clientId}-observer`,
      brokers: [...config.brokers],
      logLevel: logLevel.NOTHING,
      connectionTimeout: ANSWER_MS,
      retry: { retries: 2, maxRetryTime: 500 },
    });
  }

  async answers(): Promise<void> {
    await within(
      ANSWER_MS,
      'Kafka',
      this.connected().then((admin) => admin.describeCluster()),
    );
  }

  async lags(groups: readonly ConsumerGroup[]): Promise<Map<string, number>> {
    if (this.last && Date.now() - this.last.at < SAMPLE_MS) return this.last.lags;
    const admin = await this.connected();
    const lags = new Map<string, number>();
    for (const { group, contexts } of groups) {
      const topics = contexts.map((context) => topicOf(this.config.namespace, context));
      lags.set(group, await within(ANSWER_MS, 'Kafka', this.groupLag(admin, `${this.config.namespace}.${group}`, topics)));
    }
    this.last = { at: Date.now(), lags };
    return lags;
  }

  async close(): Promise<void> {
    const admin = await this.admin?.catch(() => undefined);
    await admin?.disconnect();
  }

  private async groupLag(admin: Admin, groupId: string, topics: readonly string[]): Promise<number> {
    const committed = await admin.fetchOffsets({ groupId, topics: [...topics] });
    let lag = 0;
    for (const { topic, partitions } of committed) {
      const ends = new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, p] as const));
      for (const { partition, offset } of partitions) {
        const end = ends.get(partition);
        // A group that has committed nothing yet starts from the oldest message kept.
        if (end) lag += Number(end.high) - Number(Number(offset) >= 0 ? offset : end.low);
      }
    }
    return lag;
  }

  /** Connected once and kept; a connect that fails is forgotten, so the next scrape tries again. */
  private connected(): Promise<Admin> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      try {
        await admin.connect();
        return admin;
      } catch (error) {
        this.admin = undefined;
        throw error;
      }
    })();
    return this.admin;
  }
}
