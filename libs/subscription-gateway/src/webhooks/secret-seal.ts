import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** A signing secret sealed for storage; a subscription made before sealing holds its `whsec_…` itself. */
export type StoredSecret = `sealed:v1:${string}` | `whsec_${string}`;

const SEALED = 'sealed:v1:';
const CIPHER = 'aes-256-gcm';
const NONCE_BYTES = 12;

export const SECRET_SEAL = Symbol('SecretSeal');

/**
 * Seals the webhook signing secrets the gateway keeps in its store, so a copy of the database
 * (a backup, a replica, a dump) cannot sign a delivery to a liaison office. The subscription's id
 * is bound in as associated data: a sealed secret moved onto another subscription does not open.
 */
export class SecretSeal {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error(`the webhook sealing key must be 32 bytes, not ${key.length}`);
  }

  seal(secret: string, subscriptionId: string): StoredSecret {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv(CIPHER, this.key, nonce).setAAD(Buffer.from(subscriptionId));
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${SEALED}${[nonce, sealed, cipher.getAuthTag()].map((part) => part.toString('base64url')).join('.')}`;
  }

  /** The secret itself; throws if it was sealed under another key or for another subscription. */
  open(stored: StoredSecret, subscriptionId: string): string {
    if (!stored.startsWith(SEALED)) return stored;
    const parts = stored.slice(SEALED.length).split('.');
    if (parts.length !== 3) throw new Error(`the secret of webhook ${subscriptionId} is not a sealed secret`);
    const [nonce, sealed, tag] = parts.map((part) => Buffer.from(part, 'base64url'));
    try {
      const decipher = createDecipheriv(CIPHER, this.key, nonce).setAAD(Buffer.from(subscriptionId)).setAuthTag(tag);
      return Buffer.concat([decipher.update(sealed), decipher.final()]).toString('utf8');
    } catch {
      throw new Error(
        `the secret of webhook ${subscriptionId} does not open with this deployment's RTOP_WEBHOOK_SEALING_KEY: it was sealed under another key, or for another subscription`,
      );
    }
  }
}
