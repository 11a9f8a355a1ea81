import { checkpointVerifies } from '../checkpoint';
import { LedgerEvent, ZERO_HASH, eventHash, linkHash } from '../ledger-entry';
import { keyIdOf, publishedKey, statementVerifies } from '../ledger-key';
import { verifyInclusion } from '../merkle-tree';
import { BUNDLE_FORMAT, CaseBundle, ChainHead, caseSeal } from './case-bundle';

export interface BundleFailure {
  /** The event that failed, when the failure is an event's. */
  readonly eventId?: string;
  readonly context?: string;
  readonly type?: string;
  readonly reason: string;
}

export type BundleVerdict =
  | {
      readonly ok: true;
      readonly caseId: string;
      readonly events: number;
      readonly chains: number;
      readonly treeSize: number;
      readonly rootHash: string;
      readonly keyId: string;
      readonly signedAt: string;
    }
  | { readonly ok: false; readonly failure: BundleFailure };

export interface VerifyOptions {
  /**
   * The deployment's published key (PEM). Without it a bundle is checked against the key it
   * carries: that proves nothing was changed after signing, not who signed.
   */
  readonly trustedKey?: string;
  /** Called as entries are checked, for long runs. */
  readonly onProgress?: (checked: number, total: number) => void;
}

export function describeFailure(failure: BundleFailure): string {
  if (!failure.eventId) return failure.reason;
  const kind = failure.context && failure.type ? ` (${failure.context}/${failure.type})` : '';
  return `event ${failure.eventId}${kind}: ${failure.reason}`;
}

class Failed extends Error {
  constructor(readonly failure: BundleFailure) {
    super(failure.reason);
  }
}

const HEX_HASH = /^[0-9a-f]{64}$/;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isHash = (value: unknown): value is string => isString(value) && HEX_HASH.test(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function ensure(condition: boolean, reason: string, about: Omit<BundleFailure, 'reason'> = {}): asserts condition {
  if (!condition) throw new Failed({ ...about, reason });
}

/**
 * Checks a case bundle with nothing but the bundle (and, preferably, the deployment's key): the
 * signatures, each event's hash, each link of each chain, each event's inclusion in the signed
 * log, and that every chain reaches the head the seal names. Input is untrusted JSON; the first
 * failure is reported, naming its event.
 */
export function verifyBundle(input: unknown, options: VerifyOptions = {}): BundleVerdict {
  try {
    return verify(input, options);
  } catch (error) {
    if (error instanceof Failed) return { ok: false, failure: error.failure };
    return { ok: false, failure: { reason: `malformed bundle: ${(error as Error).message}` } };
  }
}

function verify(input: unknown, options: VerifyOptions): BundleVerdict {
  ensure(isRecord(input) && input.format === BUNDLE_FORMAT, `not a case bundle in the ${BUNDLE_FORMAT} format`);
  const bundle = input as unknown as CaseBundle;
  ensure(isString(bundle.caseId), 'the bundle names no case');
  ensure(
    Array.isArray(bundle.entries) && Array.isArray(bundle.inclusionProofs) && Array.isArray(bundle.chains),
    'entries, inclusionProofs and chains must be lists',
  );
  ensure(bundle.entries.length > 0, 'the bundle holds no events');

  ensure(isRecord(bundle.publicKey) && isString(bundle.publicKey.publicKey), 'the bundle carries no public key');
  const key = publishedKey(bundle.publicKey.publicKey);
  // Untrusted: the ids the bundle claims may be of any type.
  const claimedKeyId: unknown = bundle.publicKey.keyId;
  ensure(claimedKeyId === key.keyId, `the public key's id ${String(claimedKeyId)} is not the id of the key given (${key.keyId})`);
  if (options.trustedKey !== undefined) {
    const trusted = keyIdOrNothing(options.trustedKey);
    ensure(trusted !== undefined, 'the trusted key given is not a public key in PEM');
    ensure(trusted === key.keyId, `the bundle is signed by key ${key.keyId}, not by the trusted key ${trusted}`);
  }

  const { checkpoint } = bundle;
  ensure(
    isRecord(checkpoint) && isCount(checkpoint.treeSize) && isHash(checkpoint.rootHash) && isString(checkpoint.timestamp),
    'the checkpoint is malformed',
  );
  const checkpointKeyId: unknown = checkpoint.keyId;
  ensure(checkpointKeyId === key.keyId, `the checkpoint names key ${String(checkpointKeyId)}, not the bundle's key ${key.keyId}`);
  ensure(checkpointVerifies(checkpoint, key.publicKey), `the checkpoint's signature does not verify with key ${key.keyId}`);
  ensure(bundle.chains.every(isChainHead), 'the chains are malformed');
  ensure(
    statementVerifies(caseSeal(bundle), bundle.sealSignature, key.publicKey),
    `the case seal's signature does not verify with key ${key.keyId}: the case, its chains or its checkpoint were changed`,
  );

  const sealed = new Set(bundle.chains.map((chain) => chain.streamId));
  const proofs = new Map(bundle.inclusionProofs.filter(isRecord).map((proof) => [proof.eventId, proof.path]));
  const heads = new Map<string, { entryHash: string; eventId: string; length: number }>();
  const total = bundle.entries.length;
  const every = Math.max(1, Math.floor(total / 100));
  let previousIndex = -1;
  let previousEventId = '';
  bundle.entries.forEach((candidate, position) => {
    const entry = candidate as unknown as Record<string, unknown>;
    const event = isRecord(entry) && isRecord(entry.event) ? entry.event : {};
    const about = {
      eventId: isString(event.eventId) ? event.eventId : `at position ${position}`,
      ...(isString(event.context) && isString(event.type) ? { context: event.context, type: event.type } : {}),
    };
    const check: (condition: boolean, reason: string) => asserts condition = (condition, reason) => ensure(condition, reason, about);

    check(isRecord(entry) && isRecord(entry.event), 'the entry holds no event');
    const malformed = malformedField(entry);
    check(malformed === undefined, `the entry is malformed: ${malformed} is missing or of the wrong type`);
    const {
      index,
      eventHash: storedHash,
      prevHash,
      entryHash,
    } = entry as { index: number; eventHash: string; prevHash: string; entryHash: string };
    const streamId = event.streamId as string;

    check(event.caseId === bundle.caseId, `it belongs to case ${String(event.caseId)}, not to the bundle's case ${bundle.caseId}`);
    check(
      index !== previousIndex,
      previousEventId === about.eventId
        ? 'the event appears twice'
        : `a second entry at ledger index ${index}, after event ${previousEventId}`,
    );
    check(index > previousIndex, `out of ledger order: index ${index} comes after index ${previousIndex} (event ${previousEventId})`);
    check(index < checkpoint.treeSize, `ledger index ${index} is beyond the checkpoint's tree of ${checkpoint.treeSize}`);
    check(eventHash(event as unknown as LedgerEvent) === storedHash, 'hash does not match its content');
    check(sealed.has(streamId), `its stream ${streamId} is not among the case's sealed chains: the event was added`);
    const head = heads.get(streamId);
    check(
      prevHash === (head?.entryHash ?? ZERO_HASH),
      head
        ? `chain broken in stream ${streamId}: it does not link to event ${head.eventId} before it, so an event between them is missing, or one was added or reordered`
        : `chain broken in stream ${streamId}: it links to an earlier event of the stream that the bundle does not hold`,
    );
    check(linkHash(prevHash, storedHash) === entryHash, 'its entry hash does not match its event hash and chain link');
    const path = proofs.get(about.eventId);
    check(path !== undefined, 'no inclusion proof: nothing shows it is in the signed log');
    check(
      verifyInclusion(entryHash, index, checkpoint.treeSize, path as string[], checkpoint.rootHash),
      `its inclusion proof fails: it is not in the signed log at ledger index ${index}`,
    );

    heads.set(streamId, { entryHash, eventId: about.eventId, length: (head?.length ?? 0) + 1 });
    previousIndex = index;
    previousEventId = about.eventId;
    if ((position + 1) % every === 0 || position + 1 === total) options.onProgress?.(position + 1, total);
  });

  for (const chain of bundle.chains) {
    const head = heads.get(chain.streamId);
    ensure(
      head?.entryHash === chain.headEntryHash && head.length === chain.length,
      `missing: the seal ends stream ${chain.streamId} with it (${chain.length} events), but the bundle's chain ends ` +
        (head ? `at event ${head.eventId} (${head.length} events)` : 'before it has begun'),
      { eventId: chain.headEventId },
    );
  }

  return {
    ok: true,
    caseId: bundle.caseId,
    events: total,
    chains: bundle.chains.length,
    treeSize: checkpoint.treeSize,
    rootHash: checkpoint.rootHash,
    keyId: key.keyId,
    signedAt: checkpoint.timestamp,
  };
}

function keyIdOrNothing(publicKeyPem: string): string | undefined {
  try {
    return keyIdOf(publicKeyPem);
  } catch {
    return undefined;
  }
}

function isChainHead(value: unknown): value is ChainHead {
  return isRecord(value) && isString(value.streamId) && isCount(value.length) && isString(value.headEventId) && isHash(value.headEntryHash);
}

/** The first field an entry lacks or holds in the wrong type, if any. */
function malformedField(entry: Record<string, unknown>): string | undefined {
  const event = entry.event as Record<string, unknown>;
  const checks: [string, boolean][] = [
    ['index', isCount(entry.index)],
    ['eventHash', isHash(entry.eventHash)],
    ['prevHash', isHash(entry.prevHash)],
    ['entryHash', isHash(entry.entryHash)],
    ['event.eventId', isString(event.eventId)],
    ['event.type', isString(event.type)],
    ['event.context', isString(event.context)],
    ['event.streamId', isString(event.streamId)],
    ['event.revision', isCount(event.revision)],
    ['event.caseId', isString(event.caseId)],
    ['event.actor', event.actor === null || isRecord(event.actor)],
    ['event.occurredAt', event.occurredAt === null || isString(event.occurredAt)],
    ['event.recordedAt', isString(event.recordedAt)],
    ['event.data', 'data' in event],
  ];
  return checks.find(([, ok]) => !ok)?.[0];
}
