import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { LoggedEvent } from '@rtop/event-log';
import { EVENT_STORE, EventStore, WrongExpectedVersion } from '@rtop/event-store';
import { DEPLOYMENT_KEYS, DeploymentKeys } from '@rtop/identity';
import { Actor, Context, EventMetadata, InvalidCommand, NotFound, deterministicUuid } from '@rtop/kernel';
import { CaseBundle, caseBundle } from '../../bundle/case-bundle';
import { SignedCheckpoint, signCheckpoint } from '../checkpoint';
import { LedgerEntry, LedgerEvent } from '../ledger-entry';
import { LedgerKey, PublishedKey, ledgerKey } from '../ledger-key';
import { LedgerTip } from '../ledger-tip';
import { MerkleTree } from '../merkle-tree';

const ACCOUNTABILITY: Context = 'accountability';
/** The ledger's global order is this one stream's: its revision is each entry's index. */
export const LEDGER_STREAM = `${ACCOUNTABILITY}-ledger`;
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
 * Trees and proofs are recomputed from the stored entries on each request: one pass over the
 * ledger, n hashes, which is fine at the scale of a deployment's cases; a larger ledger would
 * keep the tree's levels as it grows.
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

  async entries(): Promise<LedgerEntry[]> {
    return (await this.store.readStream(LEDGER_STREAM)).map((recorded) => recorded.data as LedgerEntry);
  }

  async checkpoint(at: Date): Promise<SignedCheckpoint> {
    return signCheckpoint(new MerkleTree((await this.entries()).map((entry) => entry.entryHash)), at, this.key);
  }

  /** RFC 9162 consistency proof that the ledger of `from` entries is a prefix of the ledger of `to` (default: now). */
  async consistency(from: number, to?: number): Promise<ConsistencyProof> {
    const hashes = (await this.entries()).map((entry) => entry.entryHash);
    const size = to ?? hashes.length;
    if (from < 0 || from > size || size > hashes.length) {
      throw new InvalidCommand('consistency-range', `a proof needs 0 <= from <= to <= ${hashes.length} (the ledger's size); got from=${from}, to=${size}`);
    }
    const tree = new MerkleTree(hashes.slice(0, size));
    return { from, to: size, fromRootHash: new MerkleTree(hashes.slice(0, from)).root(), toRootHash: tree.root(), proof: tree.consistencyProof(from) };
  }

  /** The case's bundle under a checkpoint signed now, which is kept with who asked for it. */
  async bundle(caseId: string, actor: Actor, at: Date): Promise<CaseBundle> {
    const bundle = caseBundle(caseId, await this.entries(), this.key, at);
    if (!bundle.entries.length) throw new NotFound('case-exists', `the ledger holds no events of case ${caseId}`);
    const metadata: EventMetadata = { caseId, context: ACCOUNTABILITY, schemaVersion: 1, actor, occurredAt: at.toISOString() };
    await this.store.append(
      CHECKPOINT_STREAM,
      [{ eventId: randomUUID(), type: 'checkpoint-signed', data: { checkpoint: bundle.checkpoint, exportedCase: caseId }, metadata: { ...metadata } }],
      'any',
    );
    return bundle;
  }

  private async enter(event: LedgerEvent): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      this.tip ??= LedgerTip.of(await this.entries());
      if (this.tip.holds(event.eventId)) return;
      const entry = this.tip.next(event);
      try {
        // The exact revision makes a concurrent writer fail here rather than fork the order.
        const result = await this.store.append(
          LEDGER_STREAM,
          [
            {
              eventId: deterministicUuid(`ledger|${event.eventId}`),
              type: 'ledger-entry-appended',
              data: entry,
              metadata: { caseId: event.caseId, context: ACCOUNTABILITY, schemaVersion: 1, causationId: event.eventId },
            },
          ],
          entry.index === 0 ? 'no_stream' : BigInt(entry.index - 1),
        );
        // Already there: another writer entered it, so this view of the end is stale.
        if (result.alreadyAppended) this.tip = undefined;
        else this.tip.advance(entry);
        return;
      } catch (error) {
        this.tip = undefined;
        if (!(error instanceof WrongExpectedVersion) || attempt >= ATTEMPTS) throw error;
      }
    }
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
