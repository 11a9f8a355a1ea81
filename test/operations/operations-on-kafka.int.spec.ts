import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes, randomUUID } from 'node:crypto';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-node';
import { INestApplication } from '@nestjs/common';
import { FocalPointModule } from '@rtop/focal-point';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { startTracing } from '@rtop/observability';
import { SecretaryGeneralModule } from '@rtop/secretary-general';
import { createRtopApp } from '@rtop/service-host';
import { KAFKA_BROKERS, TestDatabase, createTestDatabase, eventually, httpClient } from '@rtop/testing';

const METRICS_TOKEN = randomBytes(16).toString('hex');

/**
 * The Joint Office and the Secretary-General in one process, but meeting only over Kafka: the
 * relay's lag, the consumer group's lag, the broker in readiness, and the trace of a POST carried
 * through the CloudEvent to the reaction that consumed it.
 */
describe('operating rtop on Kafka', () => {
  const spans = new InMemorySpanExporter();
  let database: TestDatabase;
  /** Undefined when the app did not start: the database is dropped all the same. */
  let app: INestApplication | undefined;
  let dataDir: string;
  let baseUrl: string;

  beforeAll(async () => {
    startTracing({ serviceName: 'rtop-kafka-operations-spec', processors: [new SimpleSpanProcessor(spans)] });
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'rtop-operations-kafka-'));
    const namespace = `ops-${randomUUID().slice(0, 8)}`;
    app = await createRtopApp({
      title: 'rtop',
      contexts: [FocalPointModule, SecretaryGeneralModule],
      eventStore: { adapter: 'postgres', databaseUrl: database.url },
      eventLog: { kind: 'kafka', brokers: KAFKA_BROKERS, namespace, clientId: 'operations-spec', partitions: 1, replicationFactor: 1 },
      keys: loadDeploymentKeys(dataDir, {}),
      observability: { metricsToken: METRICS_TOKEN },
    });
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  }, 60_000);
  afterAll(async () => {
    await app?.close();
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('shows the relay and the consumer group caught up on /metrics, answers ready with the broker, and carries the trace over Kafka', async () => {
    const keys = loadDeploymentKeys(dataDir, {});
    const jointOffice = httpClient(
      baseUrl,
      mintToken(keys.tokenPrivateKey!, { body: 'un-joint-office', person: 'Special Adviser', role: 'special-adviser' }),
    );
    const traceId = randomBytes(16).toString('hex');
    const opened = await jointOffice.post(
      '/cases',
      {
        situation: 'Kenya, post-election violence',
        crimes: [{ crime: 'crimes-against-humanity', incitement: false }],
        summary: 'Violence after the election',
      },
      { traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01` },
    );
    expect(opened.status).toBe(201);

    const reaction = await eventually(() => {
      const found = spans
        .getFinishedSpans()
        .find((span) => span.spanContext().traceId === traceId && span.name.startsWith('secretary-general.note-case-when-opened'));
      expect(found).toBeDefined();
      return found!;
    }, 60_000);
    expect(reaction.parentSpanContext?.traceId).toBe(traceId);

    const metrics = httpClient(baseUrl, METRICS_TOKEN);
    await eventually(async () => {
      const text = (await metrics.get('/metrics')).body as string;
      expect(text).toMatch(/rtop_relay_lag_events\{context="focal-point"\} 0/);
      expect(text).toMatch(/rtop_relay_lag_events\{context="secretary-general"\} \d+/);
      expect(text).toMatch(/rtop_consumer_lag_events\{group="secretary-general\.note-case-when-opened"\} 0/);
    }, 60_000);

    const ready = await httpClient(baseUrl).get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.info).toMatchObject({ kafka: { status: 'up', used: true }, relays: { status: 'up', lags: { 'focal-point': 0 } } });
  }, 120_000);
});
