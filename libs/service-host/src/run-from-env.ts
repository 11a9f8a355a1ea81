import 'reflect-metadata';
import { join } from 'node:path';
import { Logger, Type } from '@nestjs/common';
import { EventLogConfig, kafkaConfigFromEnv } from '@rtop/event-log';
import { describeEventStore, eventStoreConfigFromEnv } from '@rtop/event-store';
import { loadDeploymentKeys } from '@rtop/identity';
import { rateLimitsFromEnv } from '@rtop/rate-limits';
import { ObservabilityOptions, logLevelFromEnv, startTracing } from '@rtop/observability';
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
 * RTOP_DATA_DIR), EVENT_STORE=kurrentdb with KURRENTDB_URL for the streams in KurrentDB, KAFKA_BROKERS, PORT, the deployment keys, and the per-token rate limits
 * (RTOP_RATE_LIMIT_WRITES, RTOP_RATE_LIMIT_HEAVY_READS), and what operators see (observabilityFromEnv).
 */
export async function runFromEnv(spec: ProcessSpec, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const dataDir = env.RTOP_DATA_DIR ?? join('.rtop-data', spec.name === 'standalone' ? '' : spec.name);
  const eventStore = eventStoreConfigFromEnv(env, dataDir);
  if (spec.needsKafka && !env.KAFKA_BROKERS) throw new Error(`${spec.name} runs as a service on Kafka: set KAFKA_BROKERS`);
  const eventLog: EventLogConfig = env.KAFKA_BROKERS
    ? { kind: 'kafka', ...kafkaConfigFromEnv(`rtop-${spec.name}`, env) }
    : { kind: 'in-process' };
  const keys = loadDeploymentKeys(env.RTOP_KEYS_DIR ?? dataDir, env);
  startTracing({ serviceName: `rtop-${spec.name}`, env });
  const observability = observabilityFromEnv(env);
  const app = await createRtopApp({
    title: spec.title,
    contexts: spec.contexts,
    eventStore,
    eventLog,
    keys,
    rateLimits: rateLimitsFromEnv(env),
    observability,
  });
  const port = Number(env.PORT ?? 3000);
  await app.listen(port);
  const store = describeEventStore(eventStore);
  const log = eventLog.kind === 'kafka' ? `Kafka at ${eventLog.brokers.join(',')}` : 'the in-process log';
  new Logger('rtop').log(`rtop ${spec.name} on http://localhost:${port} (Swagger UI at /docs) with ${store} and ${log}`);
}

/**
 * RTOP_LOG_LEVEL (info unless set; readable lines rather than JSON when standard output is a
 * terminal), RTOP_METRICS_TOKEN (the bearer token /metrics answers to) and
 * RTOP_READY_MAX_RELAY_LAG (how many events a relay may be behind and the replica still ready).
 * Traces leave the process over OTLP only when OTEL_EXPORTER_OTLP_ENDPOINT is set.
 */
function observabilityFromEnv(env: NodeJS.ProcessEnv): ObservabilityOptions {
  const maxLag = env.RTOP_READY_MAX_RELAY_LAG;
  if (maxLag !== undefined && !/^\d+$/.test(maxLag))
    throw new Error(`RTOP_READY_MAX_RELAY_LAG must be a whole number of events; it is ${maxLag}`);
  return {
    log: { level: logLevelFromEnv(env), pretty: process.stdout.isTTY && prettyPrinterInstalled() },
    metricsToken: env.RTOP_METRICS_TOKEN || undefined,
    readyMaxRelayLag: maxLag === undefined ? undefined : Number(maxLag),
  };
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
