import { StartedTestContainer } from 'testcontainers';
import { containerRuntimeMissing, startKafkaContainer, startKurrentDbContainer, startPostgresContainer } from './support/containers';
import { ensureKafka } from './support/kafka';
import { ADMIN_URL, ensurePostgres } from './support/postgres';

/** The containers this run started, for the teardown (same process) to stop. */
export const started: StartedTestContainer[] = ((globalThis as { rtopTestContainers?: StartedTestContainer[] }).rtopTestContainers ??= []);

/**
 * Real services for the integration and e2e tiers. A service named in the environment
 * (RTOP_TEST_PG_URL, KAFKA_BROKERS, RTOP_TEST_KURRENTDB_URL) is used as it is; otherwise it comes
 * from testcontainers when a container runtime answers, and from this machine otherwise
 * (PostgreSQL's cluster, the project's Kafka broker; there is no KurrentDB to fall back on).
 * The workers start after this and inherit the addresses through process.env.
 */
export default async function globalSetup(): Promise<void> {
  const noRuntime = await containerRuntimeMissing();
  const env = process.env;
  if (noRuntime) {
    await ensurePostgres();
    ensureKafka();
  } else {
    const [postgres, kafka, kurrent] = await Promise.all([
      env.RTOP_TEST_PG_URL ? undefined : startPostgresContainer(),
      env.KAFKA_BROKERS ? undefined : startKafkaContainer(),
      env.RTOP_TEST_KURRENTDB_URL ? undefined : startKurrentDbContainer(),
    ]);
    for (const service of [postgres, kafka, kurrent]) if (service) started.push(service.container);
    env.RTOP_TEST_PG_URL ??= postgres?.address;
    env.KAFKA_BROKERS ??= kafka?.address;
    env.RTOP_TEST_KURRENTDB_URL ??= kurrent?.address;
  }
  const kurrentDb = env.RTOP_TEST_KURRENTDB_URL ?? 'none (its contract suite is skipped)';
  const path = noRuntime
    ? `no container runtime (${noRuntime}): this machine's services`
    : `testcontainers: ${started.length} container(s)`;
  console.log(
    `\ntest services from ${path}: PostgreSQL ${env.RTOP_TEST_PG_URL ?? ADMIN_URL}, Kafka ${env.KAFKA_BROKERS ?? '127.0.0.1:9092'}, KurrentDB ${kurrentDb}`,
  );
}
