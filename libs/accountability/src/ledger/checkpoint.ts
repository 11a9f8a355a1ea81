import { LedgerKey, signStatement, statementVerifies } from './ledger-key';

export const CHECKPOINT_KIND = 'rtop-ledger-checkpoint/1';

/** What the deployment attests: at `timestamp` its ledger held `treeSize` entries under `rootHash`. */
export interface Checkpoint {
  readonly kind: typeof CHECKPOINT_KIND;
  readonly treeSize: number;
  readonly rootHash: string;
  readonly timestamp: string;
  readonly keyId: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Ed25519 over the RFC 8785 encoding of the other fields, base64. */
  readonly signature: string;
}

/** A tree as a checkpoint states it: in memory, or read from the stored nodes. */
export interface TreeHead {
  readonly size: number;
  root(): string;
}

export function signCheckpoint(tree: TreeHead, at: Date, key: LedgerKey): SignedCheckpoint {
  const checkpoint: Checkpoint = {
    kind: CHECKPOINT_KIND,
    treeSize: tree.size,
    rootHash: tree.root(),
    timestamp: at.toISOString(),
    keyId: key.published.keyId,
  };
  return { ...checkpoint, signature: signStatement(checkpoint, key) };
}

export function checkpointVerifies(signed: SignedCheckpoint, publicKeyPem: string): boolean {
  const { signature, ...checkpoint } = signed;
  // A checkpoint is received as untrusted JSON; its kind keeps another signed statement (a case seal) from passing for one.
  const kind: unknown = checkpoint.kind;
  return kind === CHECKPOINT_KIND && statementVerifies(checkpoint, signature, publicKeyPem);
}
