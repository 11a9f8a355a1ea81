import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EVENT_LOG, EventLog, EventLogModule, LoggedEvent } from '@rtop/event-log';
import { EventStore, EventStoreModule, SQL_SESSION, SqlEventStore, SqlSession, WrongExpectedVersion, schemaOf } from '@rtop/event-store';
import { configureHttp } from '@rtop/http';
import { DeploymentKeys, IdentityModule, loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Actor, Context, NotFound, deterministicUuid } from '@rtop/kernel';
import { ProjectionRegistry, ProjectionRunner, ReadModelModule } from '@rtop/read-model';
import { eventually, httpClient } from '@rtop/testing';
import { AccountabilityModule } from '../../accountability.module';
import { verifyBundle } from '../bundle/verify-bundle';
import { SignedCheckpoint, checkpointVerifies } from '../checkpoint';
import { LedgerEntry } from '../ledger-entry';
import { LedgerTip } from '../ledger-tip';
import { LedgerTree } from '../ledger-tree';
import { LedgerTreeProjection } from '../ledger-tree.projection';
import { MerkleTree, verifyConsistency } from '../merkle-tree';
import { AccountabilityLedger, CHECKPOINT_STREAM, LEDGER_STREAM } from './accountability-ledger';

const caseId = 'c0ffee00-0000-4000-8000-0000000000c1';
const otherCaseId = 'c0ffee00-0000-4000-8000-0000000000c2';
const analyst: Actor = { body: 'un-joint-office', person: 'analyst-1', role: 'analyst' };
const auditor: Actor = { body: 'un-general-assembly', person: 'auditor', role: 'auditor' };
const officer: Actor = { body: 'un-general-assembly', person: 'officer', role: 'officer' };

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

/** Each entry is the one a tip over the entries before it would make: every chain is whole. */
const chainedAsOne = (entries: readonly LedgerEntry[]) =>
  entries.every((entry, i) => {
    const expected = LedgerTip.of(entries.slice(0, i)).next(entry.event);
    return expected.index === entry.index && expected.prevHash === entry.prevHash && expected.entryHash === entry.entryHash;
  });

/**
 * The ledger on the embedded store in a temporary folder: alone, as two writers would share it,
 * and inside the module fed by the in-process log. Each test but the last has a schema of its
 * own, with the ledger tree projection run over it by hand.
 */
describe('the accountability ledger, persisted', () => {
  let dataDir: string;
  let app: INestApplication;
  let session: SqlSession;
  let keys: DeploymentKeys;
  let schemas = 0;
  const runners: ProjectionRunner[] = [];
  const fresh = async () => {
    const context = `ledger-test-${++schemas}` as Context;
    const store: EventStore = await SqlEventStore.open({ ...session, close: () => Promise.resolve() }, schemaOf(context));
    const tree = new LedgerTree(session, context);
    const runner = new ProjectionRunner(new LedgerTreeProjection(context), store, session, { batchSize: 7 });
    runners.push(runner);
    /** Brings the tree up to the ledger stream, as the running projection does. */
    const project = async () => {
      runner.start();
      await runner.caughtUp();
    };
    return { store, tree, runner, project, ledger: () => new AccountabilityLedger(store, keys, tree) };
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rtop-ledger-'));
    keys = loadDeploymentKeys(dataDir, {});
    @Module({
      imports: [
        EventStoreModule.forRoot({ adapter: 'pglite', dataDir: join(dataDir, 'event-store') }),
        EventLogModule.forRoot({ kind: 'in-process' }),
        IdentityModule.forRoot(keys),
        ReadModelModule,
        AccountabilityModule,
      ],
    })
    class TestApp {}
    app = await NestFactory.create(TestApp, { logger: ['error'] });
    session = app.get<SqlSession>(SQL_SESSION);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('enters each delivered event once, however often it comes, chained to the one before in its stream', async () => {
    const { ledger: writer } = await fresh();
    const ledger = writer();
    for (const event of [delivered(0), delivered(1), delivered(0), delivered(2), delivered(1)]) await ledger.record(event);
    await writer().record(delivered(2));

    const entries = await ledger.entries();
    expect(entries.map((e) => [e.index, e.event.eventId])).toEqual([0, 1, 2].map((n) => [n, delivered(n).eventId]));
    expect(entries[1].prevHash).toBe(entries[0].entryHash);
    expect(entries[0].event).toMatchObject({
      streamId: `focal-point-case-${caseId}`,
      revision: 0,
      actor: analyst,
      data: delivered(0).data,
    });
  });

  it('keeps one order with two writers: the one that is behind reads again instead of forking the ledger', async () => {
    const { store, ledger: writer, project } = await fresh();
    let conflicts = 0;
    const append = store.append.bind(store);
    store.append = (...args) =>
      append(...args).catch((error: unknown) => {
        if (error instanceof WrongExpectedVersion) conflicts += 1;
        throw error;
      });
    const [a, b] = [writer(), writer()];
    await b.record(delivered(0));
    await a.record(delivered(1));
    await b.record(delivered(2)); // b still thinks the ledger ends after entry 0
    await a.record(delivered(2)); // and a that it ends after entry 1, while entry 2 is the same event
    const more = Array.from({ length: 24 }, (_, i) =>
      delivered(3 + (i % 12), i % 2 ? caseId : otherCaseId, i % 3 ? 'focal-point' : 'secretary-general'),
    );
    await Promise.all(more.map((event, i) => (i % 2 ? a : b).record(event)));

    const entries = await a.entries();
    expect(conflicts).toBeGreaterThan(0);
    const distinct = new Set([delivered(0), delivered(1), delivered(2), ...more].map((e) => e.eventId));
    expect(entries.map((e) => e.index)).toEqual([...entries.keys()]);
    expect(new Set(entries.map((e) => e.event.eventId))).toEqual(distinct);
    expect(entries).toHaveLength(distinct.size);
    expect(chainedAsOne(entries)).toBe(true);
    await project();
    for (const onCase of [caseId, otherCaseId]) {
      expect(verifyBundle(await a.bundle(onCase, auditor, new Date()), { trustedKey: keys.ledgerPublicKey })).toMatchObject({ ok: true });
    }
  });

  it('signs checkpoints anyone can check with the published key, keeps the one signed for an export, and proves a later ledger extends it', async () => {
    const { store, ledger: writer, project } = await fresh();
    const ledger = writer();
    for (const n of [0, 1, 2]) await ledger.record(delivered(n));
    await project();
    const bundle = await ledger.bundle(caseId, auditor, new Date('2008-02-01T00:00:00.000Z'));
    for (const n of [3, 4, 5, 6]) await ledger.record(delivered(n, otherCaseId));
    await project();

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
    const { ledger: writer, project } = await fresh();
    const ledger = writer();
    await ledger.record(delivered(0));
    await project();
    await expect(ledger.bundle(otherCaseId, auditor, new Date())).rejects.toBeInstanceOf(NotFound);
  });

  it('signs over the prefix its tree holds while the projection is behind, and over all of it once caught up', async () => {
    const { ledger: writer, project, runner } = await fresh();
    const ledger = writer();
    for (const n of [0, 1, 2]) await ledger.record(delivered(n));
    await project();
    await runner.stop();
    for (const n of [3, 4]) await ledger.record(delivered(n));
    const hashes = (await ledger.entries()).map((entry) => entry.entryHash);
    const behind = await ledger.checkpoint(new Date());
    expect(behind).toMatchObject({ treeSize: 3, rootHash: new MerkleTree(hashes.slice(0, 3)).root() });
    const bundle = await ledger.bundle(caseId, auditor, new Date());
    expect(bundle.entries).toHaveLength(3);
    expect(verifyBundle(bundle, { trustedKey: keys.ledgerPublicKey })).toMatchObject({ ok: true, treeSize: 3 });
    await expect(ledger.consistency(3, 5)).rejects.toMatchObject({ rule: 'consistency-range' });
    await project();
    expect(await ledger.checkpoint(new Date())).toMatchObject({ treeSize: 5, rootHash: new MerkleTree(hashes).root() });
    expect(verifyConsistency(3, 5, behind.rootHash, new MerkleTree(hashes).root(), (await ledger.consistency(3)).proof)).toBe(true);
  });

  it('started on a ledger its projection holds only in part, links each event to the true head of its chain', async () => {
    const { ledger: writer, project, runner } = await fresh();
    const first = writer();
    for (const n of [0, 1, 2, 3]) await first.record(delivered(n));
    for (const n of [0, 1]) await first.record(delivered(n, otherCaseId));
    await project();
    await runner.stop();
    // Entered after the projection stopped: a later writer finds these heads in the stream only.
    await first.record(delivered(4));
    await first.record(delivered(2, otherCaseId));
    const second = writer();
    await second.record(delivered(5));
    await second.record(delivered(3, otherCaseId));
    await second.record(delivered(4)); // a redelivery: already entered, so nothing changes
    await first.record(delivered(6)); // the first writer's view is stale: it reads the end again

    const entries = await second.entries();
    expect(entries.map((entry) => entry.event.eventId)).toEqual(
      [
        delivered(0),
        delivered(1),
        delivered(2),
        delivered(3),
        delivered(0, otherCaseId),
        delivered(1, otherCaseId),
        delivered(4),
        delivered(2, otherCaseId),
        delivered(5),
        delivered(3, otherCaseId),
        delivered(6),
      ].map((e) => e.eventId),
    );
    expect(chainedAsOne(entries)).toBe(true);
    await project();
    for (const onCase of [caseId, otherCaseId]) {
      expect(verifyBundle(await second.bundle(onCase, auditor, new Date()), { trustedKey: keys.ledgerPublicKey })).toMatchObject({
        ok: true,
        treeSize: 11,
      });
    }
  });

  it('enters what the contexts publish on the log; over HTTP, an auditor’s bundle verifies against the published key', async () => {
    const producer = await SqlEventStore.open({ ...session, close: () => Promise.resolve() }, schemaOf('focal-point'));
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
    const accountability = await SqlEventStore.open({ ...session, close: () => Promise.resolve() }, schemaOf('accountability'));
    expect(await accountability.readStream(LEDGER_STREAM)).toHaveLength(3);
    await app.get(ProjectionRegistry).caughtUp();

    const token = mintToken(keys.tokenPrivateKey!, auditor);
    const officerToken = mintToken(keys.tokenPrivateKey!, officer);
    const get = (path: string, bearer?: string) => httpClient(url, bearer).get(path);
    const published = await get('/accountability/public-key', token);
    expect(published).toMatchObject({
      status: 200,
      body: { algorithm: 'Ed25519', keyId: ledger.publicKey.keyId, publicKey: keys.ledgerPublicKey },
    });
    expect((await get('/accountability/checkpoint')).status).toBe(401);
    // Sizes and hashes are any body's to read; the token need not be an auditor's.
    const checkpoint = await get('/accountability/checkpoint', officerToken);
    expect(checkpoint.body).toMatchObject({ treeSize: 3 });
    expect(checkpointVerifies(checkpoint.body as SignedCheckpoint, published.body.publicKey)).toBe(true);
    expect((await get('/accountability/consistency?from=1', officerToken)).body).toMatchObject({
      from: 1,
      to: 3,
      toRootHash: checkpoint.body.rootHash,
    });
    expect((await get('/accountability/consistency?from=x', token)).status).toBe(400);
    expect((await get('/accountability/consistency?from=2&to=9', token)).body).toMatchObject({ status: 400, rule: 'consistency-range' });
    expect((await get(`/cases/${otherCaseId}/bundle`, token)).body).toMatchObject({ status: 404, rule: 'case-exists' });
    // Anyone else is refused alike for a case the ledger holds and one it does not: the answer tells nothing of either.
    for (const onCase of [caseId, otherCaseId])
      expect((await get(`/cases/${onCase}/bundle`, officerToken)).body).toMatchObject({ status: 403, rule: 'auditors-only' });

    // The CLI's `rtop export` and `rtop verify` over this API are specified in apps/cli (rtop.e2e.spec.ts).
    const bundle = await get(`/cases/${caseId}/bundle`, token);
    expect(bundle.status).toBe(200);
    expect(verifyBundle(bundle.body, { trustedKey: published.body.publicKey })).toMatchObject({ ok: true, caseId, events: 3 });
    expect(bundle.body.entries.map((e: LedgerEntry) => e.event.eventId)).toEqual([0, 1, 2].map((n) => delivered(n).eventId));
  });
});
