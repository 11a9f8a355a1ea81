import { randomBytes } from 'node:crypto';
import { newWebhookSecret } from '../delivery/webhook-message';
import { SecretSeal } from './secret-seal';

describe('a webhook signing secret, sealed for storage', () => {
  const seal = new SecretSeal(randomBytes(32));
  const secret = newWebhookSecret();

  it('opens to the secret it sealed, for the subscription it was sealed for', () => {
    const stored = seal.seal(secret, 'subscription-1');
    expect(stored).toMatch(/^sealed:v1:/);
    expect(stored).not.toContain(secret.slice('whsec_'.length));
    expect(seal.open(stored, 'subscription-1')).toBe(secret);
  });

  it('reads differently each time it is sealed', () => {
    expect(seal.seal(secret, 'subscription-1')).not.toBe(seal.seal(secret, 'subscription-1'));
  });

  it('does not open for another subscription, nor under another key', () => {
    const stored = seal.seal(secret, 'subscription-1');
    expect(() => seal.open(stored, 'subscription-2')).toThrow(/does not open with this deployment's RTOP_WEBHOOK_SEALING_KEY/);
    expect(() => new SecretSeal(randomBytes(32)).open(stored, 'subscription-1')).toThrow(/does not open/);
  });

  it('does not open when a byte of it was changed', () => {
    const stored = seal.seal(secret, 'subscription-1');
    const at = stored.indexOf('.') + 4;
    const flipped = `${stored.slice(0, at)}${stored[at] === 'A' ? 'B' : 'A'}${stored.slice(at + 1)}` as typeof stored;
    expect(() => seal.open(flipped, 'subscription-1')).toThrow(/does not open/);
  });

  it('reads a secret stored before sealing as it is', () => {
    expect(seal.open(secret, 'subscription-1')).toBe(secret);
  });

  it('takes a key of 32 bytes only', () => {
    expect(() => new SecretSeal(randomBytes(16))).toThrow('the webhook sealing key must be 32 bytes, not 16');
  });
});
