import { ensureKafka } from './support/kafka';
import { ensurePostgres } from './support/postgres';

/** Real services for the integration suites: the machine's PostgreSQL and a real Kafka broker. */
export default async function globalSetup(): Promise<void> {
  await ensurePostgres();
  ensureKafka();
}
