import { LoggedEvent } from '@rtop/event-log';
import { EventStore, SqlEventStore, SqlSession, schemaOf } from '@rtop/event-store';
import { DeploymentKeys, loadDeploymentKeys } from '@rtop/identity';
import { Actor, deterministicUuid } from '@rtop/kernel';
import { ProjectionRunner } from '@rtop/read-model';
import { BOTH_ADAPTERS, ScratchSession, scratchSession } from '@rtop/testing';
import { verifyBundle } from './bundle/verify-bundle';
import { AccountabilityLedger, LEDGER_STREAM } from './application/accountability-ledger';
import { LedgerTree } from './ledger-tree';
import { LedgerTreeProjection } from './ledger-tree.projection';
import { MerkleTree, verifyConsistency, verifyInclusion } from './merkle-tree';

const CASES = ['c0ffee00-0000-4000-8000-0000000000d1', 'c0ffee00-0000-4000-8000-0000000000d2', 'c0ffee00-0000-4000-8000-0000000000d3'];
const CONTEXTS = ['focal-point', 'secretary-general'];
const SIZE = 333;
const analyst: Actor = { body: 'un-joint-office', person: 'analyst-1', role: 'analyst' };
const auditor: Actor = { body: 'un-general-assembly', person: 'auditor', role: 'auditor' };

/** The n-th event delivered: cases and streams interleaved, as the contexts publish them. */
function delivered(n: number): LoggedEvent {
  const caseId = CASES[n % CASES.length];
  const context = CONTEXTS[Math.floor(n / CASES.length) % CONTEXTS.length];
  return {
    eventId: deterministicUuid(`tree|${n}`),
    type: 'information-report-filed',
    data: { reportId: `r-${n}` },
    metadata: { caseId, context, schemaVersion: 1, actor: analyst, occurredAt: new Date(Date.UTC(2008, 0, 1, 0, n)).toISOString() },
    streamId: `${context}-case-${caseId}`,
    revision: BigInt(Math.floor(n / (CASES.length * CONTEXTS.length))),
    recordedAt: new Date(Date.UTC(2008, 0, 1, 0, n, 1)),
    context,
    caseId,
  };
}

/** The ledger tree projection over a ledger of a few hundred entries, against the tree in memory. */
describe.each(BOTH_ADAPTERS)('the ledger tree projection on %s', (adapter) => {
  let scratch: ScratchSession;
  let session: SqlSession;
  let store: EventStore;
  let keys: DeploymentKeys;
  let runner: ProjectionRunner;
  let tree: LedgerTree;
  let ledger: AccountabilityLedger;
  let memory: MerkleTree;

  beforeAll(async () => {
    scratch = await scratchSession(adapter, 'ledger-tree');
    session = scratch.sql;
    keys = loadDeploymentKeys(scratch.dataDir, {});
    store = await SqlEventStore.open(session, schemaOf('accountability'));
    tree = new LedgerTree(session);
    ledger = new AccountabilityLedger(store, keys, tree);
    // Small batches, following while the ledger is written: the tree grows across many batch boundaries.
    runner = new ProjectionRunner(new LedgerTreeProjection(), store, session, { batchSize: 16, pollMs: 10 });
    runner.start();
    for (let n = 0; n < SIZE; n++) await ledger.record(delivered(n));
    await runner.caughtUp();
    memory = new MerkleTree((await ledger.entries()).map((entry) => entry.entryHash));
  }, 120_000);

  afterAll(async () => {
    await runner.stop();
    await scratch.discard();
  });

  it('holds every complete aligned subtree once, and the in-memory tree’s root', async () => {
    expect(await tree.size()).toBe(SIZE);
    const [{ nodes }] = await session.query<{ nodes: string }>(`select count(*)::text as nodes from rtop_accountability.ledger_tree_nodes`);
    // One node per 2^k block for every k: 2n less one per set bit of n.
    expect(Number(nodes)).toBe(2 * SIZE - SIZE.toString(2).replace(/0/g, '').length);
    expect((await ledger.checkpoint(new Date())).rootHash).toBe(memory.root());
  });

  it('gives every entry the in-memory inclusion proof, which verifies against the signed root', async () => {
    const checkpoint = await ledger.checkpoint(new Date());
    const leaves = (await ledger.entries()).map((entry) => entry.entryHash);
    const indices = leaves.map((_, i) => i);
    const stored = await tree.tree(SIZE, (t) => indices.map((i) => t.inclusionProof(i)));
    const wrong = indices.filter((i) => {
      const path = stored.inclusionProof(i);
      return (
        JSON.stringify(path) !== JSON.stringify(memory.inclusionProof(i)) || !verifyInclusion(leaves[i], i, SIZE, path, checkpoint.rootHash)
      );
    });
    expect(wrong).toEqual([]);
  });

  it('proves every older size consistent with the ledger, from stored nodes', async () => {
    const leaves = (await ledger.entries()).map((entry) => entry.entryHash);
    const wrong: number[] = [];
    for (let from = 0; from <= SIZE; from += 7) {
      const proof = await ledger.consistency(from);
      const older = new MerkleTree(leaves.slice(0, from)).root();
      if (proof.fromRootHash !== older || JSON.stringify(proof.proof) !== JSON.stringify(memory.consistencyProof(from))) wrong.push(from);
      if (!verifyConsistency(from, SIZE, older, memory.root(), proof.proof)) wrong.push(from);
    }
    expect(wrong).toEqual([]);
  });

  it('exports each case from its own entries, and the bundle verifies offline', async () => {
    const entries = await ledger.entries();
    for (const caseId of CASES) {
      const bundle = await ledger.bundle(caseId, auditor, new Date());
      expect(bundle.entries.map((e) => e.index)).toEqual(entries.filter((e) => e.event.caseId === caseId).map((e) => e.index));
      expect(verifyBundle(bundle, { trustedKey: keys.ledgerPublicKey })).toMatchObject({
        ok: true,
        treeSize: SIZE,
        rootHash: memory.root(),
      });
    }
  });

  const snapshot = async () =>
    Promise.all(
      [
        'ledger_tree_nodes order by level, index',
        'ledger_case_entries order by ledger_index',
        'ledger_chain_heads order by case_id, stream_id',
      ].map((table) => session.query(`select * from rtop_accountability.${table}`)),
    );

  it('rebuilt from zero, holds the same tree, the same case entries and the same chain heads', async () => {
    const before = await snapshot();
    await runner.rebuild();
    expect(await snapshot()).toEqual(before);
    expect((await ledger.checkpoint(new Date())).rootHash).toBe(memory.root());
    expect(before[2]).toHaveLength(CASES.length * CONTEXTS.length);
  });

  it('takes a batch that begins inside the tree: only its new entries, as a rebuild would, and nothing when it comes again', async () => {
    await runner.stop();
    for (let n = SIZE; n < SIZE + 3; n++) await ledger.record(delivered(n));
    const batch = await store.readStream(LEDGER_STREAM, { fromRevision: BigInt(SIZE - 2) });
    const apply = () => session.transaction((tx) => new LedgerTreeProjection().apply(batch, { tx, schema: schemaOf('accountability') }));

    await apply();
    const grown = await snapshot();
    const leaves = (await ledger.entries()).map((entry) => entry.entryHash);
    expect(await tree.size()).toBe(SIZE + 3);
    expect((await ledger.checkpoint(new Date())).rootHash).toBe(new MerkleTree(leaves).root());
    expect(grown[1]).toHaveLength(SIZE + 3);

    await apply();
    expect(await snapshot()).toEqual(grown);

    await runner.rebuild();
    expect(await snapshot()).toEqual(grown);
  });
});
