import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EventLogConfig, EventLogReaction, RELAY_CHECKPOINT, groupCheckpoint } from '@rtop/event-log';
import { CONTEXT_STORES, ContextStores, GlobalCheckpoint } from '@rtop/event-store';
import { ProjectionRegistry } from '@rtop/read-model';
import { ConsumerGroup, KafkaLags } from './kafka-lags';
import { consumerLag, projectionLag, relayLag } from './metrics';

/** What the process runs on: where its lags are read (each store counts its own). */
export interface ObservedPlatform {
  readonly eventLog: EventLogConfig;
}
export const OBSERVED_PLATFORM = Symbol('ObservedPlatform');

/**
 * How far behind the process's followers are, in events: each context's relay to Kafka, each
 * consumer group, each read model. Each is a count of the events after a checkpoint, so it costs
 * as much as the lag, not the history.
 */
@Injectable()
export class Lags implements OnApplicationShutdown {
  readonly kafka?: KafkaLags;
  private readonly logger = new Logger('metrics');

  constructor(
    @Inject(OBSERVED_PLATFORM) platform: ObservedPlatform,
    @Inject(CONTEXT_STORES) private readonly stores: ContextStores,
    private readonly projections: ProjectionRegistry,
    private readonly discovery: DiscoveryService,
  ) {
    if (platform.eventLog.kind === 'kafka') this.kafka = new KafkaLags(platform.eventLog);
  }

  /** Each context's relay lag. Empty on the in-process log, where nothing is relayed. */
  async relays(): Promise<Map<string, number>> {
    if (!this.kafka) return new Map();
    const contexts = [...this.stores.keys()];
    return new Map(await Promise.all(contexts.map(async (context) => [context, await this.behindIn(context, RELAY_CHECKPOINT)] as const)));
  }

  /** Each of this process's consumer groups' lag: from the broker on Kafka, from the producing stores in process. */
  async consumers(): Promise<Map<string, number>> {
    const groups = this.consumerGroups();
    if (this.kafka) return this.kafka.lags(groups);
    const lags = new Map<string, number>();
    for (const { group, contexts } of groups) {
      const present = contexts.filter((context) => this.stores.has(context));
      const behind = await Promise.all(present.map((context) => this.behindIn(context, groupCheckpoint(group))));
      lags.set(
        group,
        behind.reduce((sum, n) => sum + n, 0),
      );
    }
    return lags;
  }

  /** Reads every lag into its gauge, for a scrape: a lag that cannot be read now is left out, not the scrape. */
  async sample(): Promise<void> {
    const [relays, consumers, models] = await Promise.all([
      this.orNone('relay lags', () => this.relays(), new Map<string, number>()),
      this.orNone('consumer lags', () => this.consumers(), new Map<string, number>()),
      this.orNone('projection lags', () => this.projections.statuses(), []),
    ]);
    relayLag.reset();
    consumerLag.reset();
    projectionLag.reset();
    for (const [context, lag] of relays) relayLag.set({ context }, lag);
    for (const [group, lag] of consumers) consumerLag.set({ group }, lag);
    for (const model of models) projectionLag.set({ context: model.context, projection: model.name }, model.eventsBehind);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.kafka?.close();
  }

  private async orNone<T>(what: string, read: () => Promise<T>, none: T): Promise<T> {
    try {
      return await read();
    } catch (error) {
      this.logger.warn(`${what} not read: ${(error as Error).message}`);
      return none;
    }
  }

  private consumerGroups(): ConsumerGroup[] {
    return this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is EventLogReaction => instance instanceof EventLogReaction)
      .map((reaction) => reaction.consumer);
  }

  private async behindIn(context: string, subscriber: string): Promise<number> {
    const store = this.stores.get(context);
    if (!store) return 0;
    const checkpoint: GlobalCheckpoint = await store.loadCheckpoint(subscriber);
    return store.countAfter(checkpoint);
  }
}
