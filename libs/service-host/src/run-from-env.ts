import 'reflect-metadata';
import { join } from 'node:path';
import { Type } from '@nestjs/common';
import { EventLogConfig, kafkaConfigFromEnv } from '@rtop/event-log';
import { EventStoreConfig } from '@rtop/event-store';
import { loadDeploymentKeys } from '@rtop/identity';
import { createRtopApp } from './create-rtop-app';

export interface ProcessSpec {
  /** Names the process: its data folder, its Kafka client id. */
  readonly name: string;
  readonly title: string;
  readonly contexts: readonly Type<unknown>[];
  /** Standalone runs on the in-process log unless KAFKA_BROKERS is set; a service needs Kafka. */
  readonly needsKafka: boolean;
}

/**
 * Starts a process from its environment: DATABASE_URL (else the embedded store under
 * RTOP_DATA_DIR), KAFKA_BROKERS, PORT, and the deployment keys.
 */
export async function runFromEnv(spec: ProcessSpec, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const dataDir = env.RTOP_DATA_DIR ?? join('.rtop-data', spec.name === 'standalone' ? '' : spec.name);
  const eventStore: EventStoreConfig = env.DATABASE_URL
    ? { adapter: 'postgres', databaseUrl: env.DATABASE_URL }
    : { adapter: 'pglite', dataDir: join(dataDir, 'event-store') };
  if (spec.needsKafka && !env.KAFKA_BROKERS) throw new Error(`${spec.name} runs as a service on Kafka: set KAFKA_BROKERS`);
  const eventLog: EventLogConfig = env.KAFKA_BROKERS ? { kind: 'kafka', ...kafkaConfigFromEnv(`rtop-${spec.name}`, env) } : { kind: 'in-process' };
  const app = await createRtopApp({ title: spec.title, contexts: spec.contexts, eventStore, eventLog, keys: loadDeploymentKeys(env.RTOP_KEYS_DIR ?? dataDir, env) });
  const port = Number(env.PORT ?? 3000);
  await app.listen(port);
  const store = eventStore.adapter === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `the embedded store in ${eventStore.dataDir}`;
  const log = eventLog.kind === 'kafka' ? `Kafka at ${eventLog.brokers.join(',')}` : 'the in-process log';
  console.log(`rtop ${spec.name} on http://localhost:${port} (Swagger UI at /docs) with ${store} and ${log}`);
}
