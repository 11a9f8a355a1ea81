import { KeyObject, createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { canonicalJson } from '@rtop/kernel';

/** The deployment's ledger key as published for anyone checking what it signed. */
export interface PublishedKey {
  readonly algorithm: 'Ed25519';
  /** Hex of the first 16 bytes of SHA-256 over the key's SubjectPublicKeyInfo (DER). */
  readonly keyId: string;
  /** SubjectPublicKeyInfo, PEM. */
  readonly publicKey: string;
}

export interface LedgerKey {
  readonly privateKey: KeyObject;
  readonly published: PublishedKey;
}

export function keyIdOf(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 32);
}

export function publishedKey(publicKeyPem: string): PublishedKey {
  const key = createPublicKey(publicKeyPem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the ledger key must be Ed25519, not ${key.asymmetricKeyType}`);
  return { algorithm: 'Ed25519', keyId: keyIdOf(publicKeyPem), publicKey: publicKeyPem };
}

/**
 * The key pair from its PEM halves. The public half is derived from the private one; one given
 * as well must be the same key, so the deployment never publishes a key that did not sign.
 */
export function ledgerKey(privateKeyPem: string, publicKeyPem?: string): LedgerKey {
  const privateKey = createPrivateKey(privateKeyPem);
  const published = publishedKey(createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString());
  if (publicKeyPem !== undefined && keyIdOf(publicKeyPem) !== published.keyId) {
    throw new Error(`the ledger's public key (${keyIdOf(publicKeyPem)}) is not the public half of its signing key (${published.keyId})`);
  }
  return { privateKey, published };
}

/**
 * Ed25519 over the statement's RFC 8785 encoding, base64. Every statement names its kind, so a
 * signature over one kind of statement can never be passed off as another.
 */
export function signStatement(statement: { readonly kind: string }, key: LedgerKey): string {
  return sign(null, Buffer.from(canonicalJson(statement), 'utf8'), key.privateKey).toString('base64');
}

export function statementVerifies(statement: { readonly kind: string }, signature: unknown, publicKeyPem: string): boolean {
  if (typeof signature !== 'string') return false;
  try {
    return verify(null, Buffer.from(canonicalJson(statement), 'utf8'), createPublicKey(publicKeyPem), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
