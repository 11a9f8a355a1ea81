import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { LoggedEvent } from '@rtop/event-log';
import { EVENT_STORE, EventStore, WrongExpectedVersion } from '@rtop/event-store';
import { DEPLOYMENT_KEYS, DeploymentKeys } from '@rtop/identity';
import { Actor, Context, EventMetadata, InvalidCommand, NotFound, deterministicUuid } from '@rtop/kernel';
import { CaseBundle, sealCaseBundle } from '../bundle/case-bundle';
import { SignedCheckpoint, signCheckpoint } from '../checkpoint';
import { LedgerEntry, LedgerEvent, ZERO_HASH, chainOf } from '../ledger-entry';
import { LedgerKey, PublishedKey, ledgerKey } from '../ledger-key';
import { LEDGER_ENTRY_APPENDED, LEDGER_STREAM } from '../ledger-stream';
import { LedgerTip } from '../ledger-tip';
import { LedgerTree } from '../ledger-tree';
import { StoredMerkleTree } from '../stored-merkle-tree';

const ACCOUNTABILITY: Context = 'accountability';
export { LEDGER_STREAM };
/** Checkpoints signed for an export, so what was handed out can be checked against later ones. */
export const CHECKPOINT_STREAM = `${ACCOUNTABILITY}-checkpoints`;
/** Another writer on the ledger (a second instance) costs a re-read; this many in a row is a fault. */
const ATTEMPTS = 5;

export interface ConsistencyProof {
  readonly from: number;
  readonly to: number;
  readonly fromRootHash: string;
  readonly toRootHash: string;
  readonly proof: readonly string[];
}

/**
 * The accountability context's tamper-evident ledger in its own store: every source event
 * entered once, chained per stream, in one global order that a Merkle tree and signed
 * checkpoints cover.
 *
 * Writing appends to the ledger stream at its exact next revision. Reading goes through the
 * tree projection (`LedgerTree`): a root or a proof reads O(log n) stored nodes and a bundle its
 * case's entries, never the whole ledger. The projection may be a few entries behind the stream;
 * a checkpoint then covers the prefix it holds, which is what a checkpoint is.
 */
@Injectable()
export class AccountabilityLedger {
  private readonly key: LedgerKey;
  /** The writer's view of the ledger's end, re-read whenever another writer may have moved it. */
  private tip?: LedgerTip;
  /** Entries are entered one at a time in this process, whatever delivers them in parallel. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DEPLOYMENT_KEYS) keys: DeploymentKeys,
    private readonly tree: LedgerTree,
  ) {
    if (!keys.ledgerPrivateKey) throw new Error('the accountability ledger signs its checkpoints: set RTOP_LEDGER_PRIVATE_KEY');
    this.key = ledgerKey(keys.ledgerPrivateKey, keys.ledgerPublicKey);
  }

  get publicKey(): PublishedKey {
    return this.key.published;
  }

  /** Enters a source event once, however often it is delivered. */
  record(event: LoggedEvent): Promise<void> {
    const entered = this.queue.then(() => this.enter(ledgerEvent(event)));
    this.queue = entered.catch(() => undefined);
    return entered;
  }

  /** Every entry, read from the ledger stream: for checks and tests, never for a request. */
  async entries(): Promise<LedgerEntry[]> {
    return (await this.store.readStream(LEDGER_STREAM)).map((recorded) => recorded.data as LedgerEntry);
  }

  /** The tree as the projection holds it, signed at `at`. */
  async checkpoint(at: Date): Promise<SignedCheckpoint> {
    const size = await this.tree.size();
    return signCheckpoint(await this.tree.tree(size, (tree) => tree.root()), at, this.key);
  }

  /** RFC 9162 consistency proof that the ledger of `from` entries is a prefix of the ledger of `to` (default: the tree's size). */
  async consistency(from: number, to?: number): Promise<ConsistencyProof> {
    const held = await this.tree.size();
    const size = to ?? held;
    if (from < 0 || from > size || size > held) {
      throw new InvalidCommand(
        'consistency-range',
        `a proof needs 0 <= from <= to <= ${held} (the ledger's size); got from=${from}, to=${size}`,
      );
    }
    const answer = (tree: StoredMerkleTree) => ({
      from,
      to: size,
      fromRootHash: tree.prefix(from).root(),
      toRootHash: tree.root(),
      proof: tree.consistencyProof(from),
    });
    return answer(await this.tree.tree(size, answer));
  }

  /** The case's bundle under a checkpoint signed now, which is kept with who asked for it. */
  async bundle(caseId: string, actor: Actor, at: Date): Promise<CaseBundle> {
    const size = await this.tree.size();
    const entries = await this.tree.caseEntries(caseId, size);
    if (!entries.length) throw new NotFound('case-exists', `the ledger holds no events of case ${caseId}`);
    const tree = await this.tree.tree(size, (t) => [t.root(), ...entries.map((entry) => t.inclusionProof(entry.index))]);
    const bundle = sealCaseBundle(caseId, entries, tree, this.key, at);
    const metadata: EventMetadata = { caseId, context: ACCOUNTABILITY, schemaVersion: 1, actor, occurredAt: at.toISOString() };
    await this.store.append(
      CHECKPOINT_STREAM,
      [
        {
          eventId: randomUUID(),
          type: 'checkpoint-signed',
          data: { checkpoint: bundle.checkpoint, exportedCase: caseId },
          metadata: { ...metadata },
        },
      ],
      'any',
    );
    return bundle;
  }

  private async enter(event: LedgerEvent): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        const tip = (this.tip ??= LedgerTip.at(await this.tree.ledgerLength()));
        if (!tip.knowsChainOf(event)) tip.learn(event, await this.headOf(event, tip.size));
        const entry = tip.next(event);
        // The exact revision makes a concurrent writer fail here rather than fork the order.
        const result = await this.store.append(
          LEDGER_STREAM,
          [
            {
              eventId: deterministicUuid(`ledger|${event.eventId}`),
              type: LEDGER_ENTRY_APPENDED,
              data: entry,
              metadata: { caseId: event.caseId, context: ACCOUNTABILITY, schemaVersion: 1, causationId: event.eventId },
            },
          ],
          entry.index === 0 ? 'no_stream' : BigInt(entry.index - 1),
        );
        // Already there (the entry's id is its event's): at or past this view's end, another
        // writer entered it and this view is stale; before it, a redelivery changes nothing.
        if (!result.alreadyAppended) tip.advance(entry);
        else if (result.nextRevision >= BigInt(tip.size)) this.tip = undefined;
        return;
      } catch (error) {
        this.tip = undefined;
        if (!(error instanceof WrongExpectedVersion) || attempt >= ATTEMPTS) throw error;
      }
    }
  }

  /**
   * The head of the event's chain in the ledger of `size` entries: the projection's row, then
   * the entries it has not taken yet (its lag, read from the stream), so a writer never links to
   * a stale head.
   */
  private async headOf(event: LedgerEvent, size: number): Promise<string> {
    const stored = await this.tree.chainHead(event);
    // The projection has seen more of the ledger than this writer: another writer moved it on.
    if (stored.treeSize > size) throw new WrongExpectedVersion(LEDGER_STREAM, BigInt(size - 1));
    let head = stored.entryHash ?? ZERO_HASH;
    if (stored.treeSize === size) return head;
    const lag = await this.store.readStream(LEDGER_STREAM, { fromRevision: BigInt(stored.treeSize), limit: size - stored.treeSize });
    for (const { data } of lag) {
      const entry = data as LedgerEntry;
      if (chainOf(entry.event) === chainOf(event)) head = entry.entryHash;
    }
    return head;
  }
}

/** The event with every field its producer recorded, data as stored. */
export function ledgerEvent(event: LoggedEvent): LedgerEvent {
  const metadata = event.metadata as Partial<EventMetadata>;
  return {
    eventId: event.eventId,
    type: event.type,
    context: event.context,
    streamId: event.streamId,
    revision: Number(event.revision),
    caseId: event.caseId,
    actor: metadata.actor ?? null,
    occurredAt: metadata.occurredAt ?? null,
    recordedAt: event.recordedAt.toISOString(),
    data: event.data,
  };
}
