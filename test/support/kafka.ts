import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

/**
 * Starts the project's single-node Kafka broker when none answers (fetching Apache Kafka from
 * Maven Central the first time). The script is idempotent.
 */
export function ensureKafka(): void {
  if (process.env.KAFKA_BROKERS) return;
  execFileSync('bash', [join(__dirname, '..', '..', 'scripts', 'kafka', 'start.sh')], { stdio: 'inherit' });
}
