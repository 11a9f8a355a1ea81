import { Logger } from '@nestjs/common';
import { Admin, Kafka, Partitioners, Producer, logLevel } from 'kafkajs';
import type { RtopEnvironment } from '@rtop/config';
import { EventStore } from '@rtop/event-store';
import { CLOUD_EVENT_CONTENT_TYPE, ReceivedCloudEvent, fromCloudEvent, toCloudEvent } from '../cloud-event';
import { EventLog, LogSubscription, SubscribeOptions } from '../event-log.port';
import { LoggedEvent, topicOf } from '../logged-event';
import { Leases, relayContext } from './event-relay';
import { GroupMember, MEMBER_RETRY } from './group-member';
import { kafkaLogs } from './kafka-logs';

export interface KafkaEventLogConfig {
  readonly brokers: readonly string[];
  /** Prefixes topics and consumer groups: one deployment's log apart from another's. */
  readonly namespace: string;
  readonly clientId: string;
  /** Partitions per topic; a case's events share a partition through their key. */
  readonly partitions: number;
  /** 3 in production (with min.insync.replicas 2); 1 on a single-node broker. */
  readonly replicationFactor: number;
}

/** KAFKA_BROKERS, RTOP_LOG_NAMESPACE, KAFKA_PARTITIONS and KAFKA_REPLICATION_FACTOR (docs/configuration.md). */
export function kafkaConfigFromEnv(clientId: string, environment: RtopEnvironment): KafkaEventLogConfig {
  return {
    brokers: environment.KAFKA_BROKERS ?? ['127.0.0.1:9092'],
    namespace: environment.RTOP_LOG_NAMESPACE,
    clientId,
    partitions: environment.KAFKA_PARTITIONS,
    replicationFactor: environment.KAFKA_REPLICATION_FACTOR,
  };
}

/**
 * A publish is tried again a few times, at most 2 s apart (about 6 s in all), then fails to the
 * relay, which tries again on its back-off for ever: a broker that is back is used within
 * seconds, and a failure is seen rather than hidden.
 */
const PUBLISH_RETRY = { initialRetryTime: 250, maxRetryTime: 2_000, retries: 5 };

const logger = new Logger('event-log');

/**
 * The event log on Apache Kafka (kafkajs), behind the same port as the in-process one. A
 * context's relay runs in one process at a time, the holder of the context's lease.
 */
export class KafkaEventLog implements EventLog {
  private readonly kafka: Kafka;
  /** The group members' own client: they retry for longer (see MEMBER_RETRY). */
  private readonly membersKafka: Kafka;
  private producer?: Promise<Producer>;
  private readonly members = new Set<GroupMember>();
  private readonly knownTopics = new Set<string>();

  constructor(
    private readonly config: KafkaEventLogConfig,
    private readonly leases: Leases,
  ) {
    const client = {
      clientId: config.clientId,
      brokers: [...config.brokers],
      logLevel: logLevel.WARN,
      logCreator: kafkaLogs,
      connectionTimeout: 3_000,
    };
    this.kafka = new Kafka({ ...client, retry: PUBLISH_RETRY });
    this.membersKafka = new Kafka({ ...client, retry: MEMBER_RETRY });
  }

  attach(context: string, store: EventStore): LogSubscription {
    return relayContext(context, store, this, this.leases);
  }

  /** Resolves once every in-sync replica has the events (acks -1). */
  async publish(context: string, events: readonly LoggedEvent[]): Promise<void> {
    if (!events.length) return;
    const topic = topicOf(this.config.namespace, context);
    await this.ensureTopics([topic]);
    const producer = await this.connectedProducer();
    await producer.send({
      topic,
      acks: -1,
      messages: events.map((event) => ({
        key: event.caseId,
        value: JSON.stringify(toCloudEvent(event)),
        headers: { 'content-type': CLOUD_EVENT_CONTENT_TYPE },
      })),
    });
  }

  async subscribe({ group, contexts, handle }: SubscribeOptions): Promise<LogSubscription> {
    const topics = contexts.map((context) => topicOf(this.config.namespace, context));
    await this.ensureTopics(topics);
    // The offset is committed only after `handle` resolves: at-least-once, in order per partition.
    const member = new GroupMember(
      this.membersKafka,
      `${this.config.namespace}.${group}`,
      topics,
      async ({ topic, partition, message }) => {
        const event = parseMessage(message.value);
        if (!event) {
          // Not an rtop CloudEvent: it can never be handled, and must not block the partition.
          logger.error(`${group}: skipped a message that is not an rtop CloudEvent at ${topic}/${partition}@${message.offset}`);
          return;
        }
        await handle(event);
      },
    );
    await member.join();
    this.members.add(member);
    return {
      stop: async () => {
        this.members.delete(member);
        await member.leave();
      },
    };
  }

  async close(): Promise<void> {
    await Promise.all([...this.members].map((member) => member.leave()));
    const producer = await this.producer?.catch(() => undefined);
    await producer?.disconnect();
  }

  /** Connected once and kept; a connect that fails is forgotten, so the next publish tries again. */
  private connectedProducer(): Promise<Producer> {
    this.producer ??= this.connectProducer();
    return this.producer;
  }

  private async connectProducer(): Promise<Producer> {
    const producer = this.kafka.producer({ createPartitioner: Partitioners.DefaultPartitioner, maxInFlightRequests: 1 });
    try {
      await producer.connect();
      return producer;
    } catch (error) {
      this.producer = undefined;
      await producer.disconnect().catch(() => undefined);
      throw error;
    }
  }

  private async ensureTopics(topics: readonly string[]): Promise<void> {
    const missing = topics.filter((t) => !this.knownTopics.has(t));
    if (!missing.length) return;
    const admin: Admin = this.kafka.admin();
    await admin.connect();
    try {
      const existing = new Set(await admin.listTopics());
      const toCreate = missing.filter((topic) => !existing.has(topic));
      if (toCreate.length) {
        await admin.createTopics({
          waitForLeaders: true,
          topics: toCreate.map((topic) => ({
            topic,
            numPartitions: this.config.partitions,
            replicationFactor: this.config.replicationFactor,
          })),
        });
      }
      missing.forEach((t) => this.knownTopics.add(t));
    } finally {
      await admin.disconnect();
    }
  }
}

function parseMessage(value: Buffer | null): LoggedEvent | undefined {
  try {
    return value ? fromCloudEvent(JSON.parse(value.toString()) as ReceivedCloudEvent) : undefined;
  } catch {
    return undefined;
  }
}
