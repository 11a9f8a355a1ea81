import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EVENT_LOG, EventLog, EventLogModule, LoggedEvent } from '@rtop/event-log';
import { EventStore, EventStoreModule, SQL_SESSION, SqlEventStore, SqlSession, WrongExpectedVersion, schemaOf } from '@rtop/event-store';
import { configureHttp } from '@rtop/http';
import { DeploymentKeys, IdentityModule, loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Actor, NotFound, deterministicUuid } from '@rtop/kernel';
import { eventually } from '@rtop/testing';
import { AccountabilityModule } from '../../accountability.module';
import { verifyBundle } from '../../bundle/verify-bundle';
import { runCli } from '../../../../../apps/cli/src/run-cli';
import { SignedCheckpoint, checkpointVerifies } from '../checkpoint';
import { LedgerEntry } from '../ledger-entry';
import { verifyConsistency } from '../merkle-tree';
import { AccountabilityLedger, CHECKPOINT_STREAM, LEDGER_STREAM } from './accountability-ledger';

const caseId = 'c0ffee00-0000-4000-8000-0000000000c1';
const otherCaseId = 'c0ffee00-0000-4000-8000-0000000000c2';
const analyst: Actor = { body: 'un-joint-office', person: 'analyst-1', role: 'analyst' };
const auditor: Actor = { body: 'un-general-assembly', person: 'auditor', role: 'auditor' };

const delivered = (n: number, onCase = caseId, context = 'focal-point'): LoggedEvent => ({
  eventId: deterministicUuid(`source|${onCase}|${context}|${n}`),
  type: 'information-report-filed',
  data: { reportId: `r-${n}`, source: { kind: 'protected', pseudonym: `src-${n}` } },
  metadata: { caseId: onCase, context, schemaVersion: 1, actor: analyst, occurredAt: new Date(Date.UTC(2008, 0, 1, 0, n)).toISOString() },
  streamId: `${context}-case-${onCase}`,
  revision: BigInt(n),
  recordedAt: new Date(Date.UTC(2008, 0, 1, 0, n, 1)),
  context,
  caseId: onCase,
});

/**
 * The ledger on the embedded store in a temporary folder: alone, as two writers would share it,
 * and inside the module fed by the in-process log.
 */
describe('the accountability ledger, persisted', () => {
  let dataDir: string;
  let app: INestApplication;
  let session: SqlSession;
  let keys: DeploymentKeys;
  let schemas = 0;
  const freshStore = async (): Promise<EventStore> => SqlEventStore.open({ ...session, close: async () => undefined }, schemaOf(`ledger-test-${++schemas}`));

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rtop-ledger-'));
    keys = loadDeploymentKeys(dataDir, {});
    @Module({
      imports: [
        EventStoreModule.forRoot({ adapter: 'pglite', dataDir: join(dataDir, 'event-store') }),
        EventLogModule.forRoot({ kind: 'in-process' }),
        IdentityModule.forRoot(keys),
        AccountabilityModule,
      ],
    })
    class TestApp {}
    app = await NestFactory.create(TestApp, { logger: ['error'] });
    session = app.get<SqlSession>(SQL_SESSION);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('enters each delivered event once, however often it comes, chained to the one before in its stream', async () => {
    const store = await freshStore();
    const ledger = new AccountabilityLedger(store, keys);
    for (const event of [delivered(0), delivered(1), delivered(0), delivered(2), delivered(1)]) await ledger.record(event);
    await new AccountabilityLedger(store, keys).record(delivered(2));

    const entries = await ledger.entries();
    expect(entries.map((e) => [e.index, e.event.eventId])).toEqual([0, 1, 2].map((n) => [n, delivered(n).eventId]));
    expect(entries[1].prevHash).toBe(entries[0].entryHash);
    expect(entries[0].event).toMatchObject({ streamId: `focal-point-case-${caseId}`, revision: 0, actor: analyst, data: delivered(0).data });
  });

  it('keeps one order with two writers: the one that is behind reads again instead of forking the ledger', async () => {
    const store = await freshStore();
    let conflicts = 0;
    const append = store.append.bind(store);
    store.append = (...args) =>
      append(...args).catch((error: unknown) => {
        if (error instanceof WrongExpectedVersion) conflicts += 1;
        throw error;
      });
    const [a, b] = [new AccountabilityLedger(store, keys), new AccountabilityLedger(store, keys)];
    await b.record(delivered(0));
    await a.record(delivered(1));
    await b.record(delivered(2)); // b still thinks the ledger ends after entry 0
    await a.record(delivered(2)); // and a that it ends after entry 1, while entry 2 is the same event
    const more = Array.from({ length: 24 }, (_, i) => delivered(3 + (i % 12), i % 2 ? caseId : otherCaseId, i % 3 ? 'focal-point' : 'secretary-general'));
    await Promise.all(more.map((event, i) => (i % 2 ? a : b).record(event)));

    const entries = await a.entries();
    expect(conflicts).toBeGreaterThan(0);
    const distinct = new Set([delivered(0), delivered(1), delivered(2), ...more].map((e) => e.eventId));
    expect(entries.map((e) => e.index)).toEqual([...entries.keys()]);
    expect(new Set(entries.map((e) => e.event.eventId))).toEqual(distinct);
    expect(entries).toHaveLength(distinct.size);
    for (const onCase of [caseId, otherCaseId]) {
      expect(verifyBundle(await a.bundle(onCase, auditor, new Date()), { trustedKey: keys.ledgerPublicKey })).toMatchObject({ ok: true });
    }
  });

  it('signs checkpoints anyone can check with the published key, keeps the one signed for an export, and proves a later ledger extends it', async () => {
    const store = await freshStore();
    const ledger = new AccountabilityLedger(store, keys);
    for (const n of [0, 1, 2]) await ledger.record(delivered(n));
    const bundle = await ledger.bundle(caseId, auditor, new Date('2008-02-01T00:00:00.000Z'));
    for (const n of [3, 4, 5, 6]) await ledger.record(delivered(n, otherCaseId));

    const kept = await store.readStream(CHECKPOINT_STREAM);
    expect(kept.map((e) => [e.type, e.data])).toEqual([['checkpoint-signed', { checkpoint: bundle.checkpoint, exportedCase: caseId }]]);
    expect(kept[0].metadata).toMatchObject({ actor: auditor, caseId });

    const later = await ledger.checkpoint(new Date('2008-03-01T00:00:00.000Z'));
    expect(checkpointVerifies(later, ledger.publicKey.publicKey)).toBe(true);
    expect(ledger.publicKey.publicKey).toBe(keys.ledgerPublicKey);
    const proof = await ledger.consistency(bundle.checkpoint.treeSize);
    expect(proof).toMatchObject({ from: 3, to: 7, fromRootHash: bundle.checkpoint.rootHash, toRootHash: later.rootHash });
    expect(verifyConsistency(3, 7, bundle.checkpoint.rootHash, later.rootHash, proof.proof)).toBe(true);
    await expect(ledger.consistency(3, 8)).rejects.toMatchObject({ rule: 'consistency-range' });
    await expect(ledger.consistency(5, 4)).rejects.toMatchObject({ rule: 'consistency-range' });
  });

  it('has no bundle for a case it holds nothing of', async () => {
    const ledger = new AccountabilityLedger(await freshStore(), keys);
    await ledger.record(delivered(0));
    await expect(ledger.bundle(otherCaseId, auditor, new Date())).rejects.toBeInstanceOf(NotFound);
  });

  it('enters what the contexts publish on the log; over HTTP, `rtop export` fetches the bundle and `rtop verify` passes it', async () => {
    const producer = await SqlEventStore.open({ ...session, close: async () => undefined }, schemaOf('focal-point'));
    app.get<EventLog>(EVENT_LOG).attach('focal-point', producer);
    configureHttp(app, 'accountability');
    await app.listen(0, '127.0.0.1');
    const url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
    for (const n of [0, 1, 2]) {
      const { eventId, type, data, metadata } = delivered(n);
      await producer.append(`focal-point-case-${caseId}`, [{ eventId, type, data, metadata }], 'any');
    }
    const ledger = app.get(AccountabilityLedger);
    await eventually(async () => expect(await ledger.entries()).toHaveLength(3));
    const accountability = await SqlEventStore.open({ ...session, close: async () => undefined }, schemaOf('accountability'));
    expect(await accountability.readStream(LEDGER_STREAM)).toHaveLength(3);

    const token = mintToken(keys.tokenPrivateKey!, auditor);
    const get = async (path: string, bearer?: string) => {
      const response = await fetch(`${url}${path}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    };
    const published = await get('/accountability/public-key', token);
    expect(published).toMatchObject({ status: 200, body: { algorithm: 'Ed25519', keyId: ledger.publicKey.keyId, publicKey: keys.ledgerPublicKey } });
    expect((await get('/accountability/checkpoint')).status).toBe(401);
    const checkpoint = await get('/accountability/checkpoint', token);
    expect(checkpointVerifies(checkpoint.body as SignedCheckpoint, published.body.publicKey)).toBe(true);
    expect((await get('/accountability/consistency?from=1', token)).body).toMatchObject({ from: 1, to: 3, toRootHash: checkpoint.body.rootHash });
    expect((await get('/accountability/consistency?from=x', token)).status).toBe(400);
    expect((await get('/accountability/consistency?from=2&to=9', token)).body).toMatchObject({ statusCode: 400, rule: 'consistency-range' });
    expect((await get(`/cases/${otherCaseId}/bundle`, token)).status).toBe(404);

    const out = join(dataDir, 'bundle.json');
    const keyFile = join(dataDir, 'ledger.pem');
    writeFileSync(keyFile, published.body.publicKey);
    const io = { stdout: () => undefined, stderr: () => undefined, env: { RTOP_TOKEN: token }, fetch, interactive: false };
    expect(await runCli(['export', '--case', caseId, '--out', out, '--url', url], io)).toBe(0);
    expect(await runCli(['verify', out, '--public-key', keyFile], io)).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).entries.map((e: LedgerEntry) => e.event.eventId)).toEqual([0, 1, 2].map((n) => delivered(n).eventId));
  });
});
