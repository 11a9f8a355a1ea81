import 'reflect-metadata';
import { join } from 'node:path';
import { Logger, Type } from '@nestjs/common';
import { RtopEnvironment, processEnvironment } from '@rtop/config';
import { EventLogConfig, kafkaConfigFromEnv } from '@rtop/event-log';
import { describeEventStore, eventStoreConfigFromEnv } from '@rtop/event-store';
import { loadDeploymentKeys } from '@rtop/identity';
import { rateLimitsOf } from '@rtop/rate-limits';
import { startTracing } from '@rtop/observability';
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
 * Starts a process from its settings (docs/configuration.md), read once and checked first: a wrong
 * one stops the process before anything starts, naming the variable. The store is PostgreSQL with
 * DATABASE_URL, else the embedded one under the data folder; the log is Kafka with KAFKA_BROKERS.
 */
export async function runFromEnv(spec: ProcessSpec, environment: RtopEnvironment = processEnvironment()): Promise<void> {
  const dataDir = environment.RTOP_DATA_DIR ?? join('.rtop-data', spec.name === 'standalone' ? '' : spec.name);
  const eventStore = eventStoreConfigFromEnv(environment, dataDir);
  if (spec.needsKafka && !environment.KAFKA_BROKERS) throw new Error(`${spec.name} runs as a service on Kafka: set KAFKA_BROKERS`);
  const eventLog: EventLogConfig = environment.KAFKA_BROKERS
    ? { kind: 'kafka', ...kafkaConfigFromEnv(`rtop-${spec.name}`, environment) }
    : { kind: 'in-process' };
  const keys = loadDeploymentKeys(environment.RTOP_KEYS_DIR ?? dataDir, environment);
  startTracing({
    serviceName: environment.OTEL_SERVICE_NAME ?? `rtop-${spec.name}`,
    exportOverOtlp: Boolean(environment.OTEL_EXPORTER_OTLP_ENDPOINT ?? environment.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT),
  });
  const app = await createRtopApp({
    title: spec.title,
    contexts: spec.contexts,
    eventStore,
    eventLog,
    keys,
    rateLimits: rateLimitsOf(environment),
    // Readable lines rather than JSON when standard output is a terminal.
    observability: { log: { pretty: process.stdout.isTTY && prettyPrinterInstalled() } },
    env: environment,
  });
  await app.listen(environment.PORT);
  const store = describeEventStore(eventStore);
  const log = eventLog.kind === 'kafka' ? `Kafka at ${eventLog.brokers.join(',')}` : 'the in-process log';
  new Logger('rtop').log(
    `rtop ${spec.name} on http://localhost:${String(environment.PORT)} (Swagger UI at /docs) with ${store} and ${log}`,
  );
}

/** pino-pretty is a development dependency: an image built without it logs JSON, at a terminal too. */
function prettyPrinterInstalled(): boolean {
  try {
    require.resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}
