/**
 * A regional liaison office's consumer, as an office would write it: kafkajs only, its own
 * consumer group, the CloudEvents its office is entitled to, each counted once.
 *
 *   npm run liaison -- --body au-psc [--from-beginning] [--brokers 127.0.0.1:9092]
 *                      [--namespace rtop] [--state .liaison-au-psc.ids] [--json]
 *
 * Kafka delivers at least once, so the office keeps the ids it has handled (here a file of ids,
 * in a real office its own database, in the same transaction as its own writes) and skips any
 * id it has seen. Offsets are committed only after a message is handled, so a restart resumes
 * where the office left off and misses nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { Kafka, logLevel } from 'kafkajs';

const { values } = parseArgs({
  options: {
    body: { type: 'string' },
    brokers: { type: 'string', default: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092' },
    namespace: { type: 'string', default: process.env.RTOP_LOG_NAMESPACE ?? 'rtop' },
    state: { type: 'string' },
    'from-beginning': { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
  },
});
const OFFICES = ['au-psc', 'au-assembly', 'asean', 'oas', 'osce', 'igad'];
if (!values.body || !OFFICES.includes(values.body)) {
  console.error(
    `usage: npm run liaison -- --body <${OFFICES.join('|')}> [--from-beginning] [--brokers host:port] [--namespace rtop] [--state file] [--json]`,
  );
  process.exit(2);
}

const body = values.body;
const topic = `${values.namespace}.liaison-${body}.events.v1`;
const groupId = `${values.namespace}.liaison-office.${body}`;
const stateFile = values.state ?? `.liaison-${body}.ids`;
const seen = new Set(existsSync(stateFile) ? readFileSync(stateFile, 'utf8').split('\n').filter(Boolean) : []);

interface CloudEvent {
  id: string;
  type: string;
  source: string;
  subject: string;
  time: string;
  data: unknown;
}

async function main(): Promise<void> {
  const kafka = new Kafka({ clientId: `liaison-${body}`, brokers: values.brokers.split(','), logLevel: logLevel.WARN });
  if (values['from-beginning']) {
    const admin = kafka.admin();
    await admin.connect();
    await admin.resetOffsets({ groupId, topic, earliest: true }).catch(() => undefined);
    await admin.disconnect();
  }
  const consumer = kafka.consumer({ groupId });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const stop = () => void consumer.disconnect().finally(() => process.exit(0));
  process.on('SIGINT', stop).on('SIGTERM', stop);
  console.error(`liaison office ${body}: consuming ${topic} as ${groupId}; ${seen.size} events already handled`);
  await consumer.run({
    eachMessage: async ({ message, partition }) => {
      // A message without a value (a tombstone) carries no event.
      if (!message.value) return;
      const event = JSON.parse(message.value.toString()) as CloudEvent;
      if (seen.has(event.id)) return;
      handle(event, partition, message.offset);
      await appendFile(stateFile, `${event.id}\n`);
      seen.add(event.id);
    },
  });
}

/** What the office does with an event: here, print it. */
function handle(event: CloudEvent, partition: number, offset: string): void {
  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ id: event.id, type: event.type, caseId: event.subject, time: event.time, data: event.data })}\n`,
    );
  } else {
    console.log(`${event.time}  ${event.type}  case ${event.subject}  (partition ${partition}, offset ${offset})`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
