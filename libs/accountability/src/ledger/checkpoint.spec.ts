import { generateKeyPairSync } from 'node:crypto';
import { CHECKPOINT_KIND, checkpointVerifies, signCheckpoint } from './checkpoint';
import { keyIdOf, ledgerKey, publishedKey } from './ledger-key';
import { MerkleTree } from './merkle-tree';

const pem = (type: 'ed25519' | 'ec') => {
  const { privateKey, publicKey } =
    type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};

describe('a signed checkpoint', () => {
  const pair = pem('ed25519');
  const key = ledgerKey(pair.privateKey, pair.publicKey);
  const tree = new MerkleTree(['11'.repeat(32), '22'.repeat(32), '33'.repeat(32)]);
  const at = new Date('2008-01-03T00:00:00.000Z');
  const checkpoint = signCheckpoint(tree, at, key);

  it('states the tree size, root, time and key, and verifies with the published key', () => {
    expect(checkpoint).toMatchObject({
      kind: CHECKPOINT_KIND,
      treeSize: 3,
      rootHash: tree.root(),
      timestamp: at.toISOString(),
      keyId: keyIdOf(pair.publicKey),
    });
    expect(checkpointVerifies(checkpoint, key.published.publicKey)).toBe(true);
  });

  it('does not verify once any field or the signature is changed', () => {
    const changed = [
      { ...checkpoint, treeSize: 4 },
      { ...checkpoint, rootHash: '00'.repeat(32) },
      { ...checkpoint, timestamp: '2008-01-04T00:00:00.000Z' },
      { ...checkpoint, keyId: '00'.repeat(16) },
      { ...checkpoint, kind: 'rtop-case-seal/1' as typeof CHECKPOINT_KIND },
      {
        ...checkpoint,
        signature: Buffer.from(Buffer.from(checkpoint.signature, 'base64').map((b, i) => (i === 0 ? b ^ 1 : b))).toString('base64'),
      },
      { ...checkpoint, signature: '' },
    ];
    for (const candidate of changed) expect(checkpointVerifies(candidate, key.published.publicKey)).toBe(false);
  });

  it('does not verify with another key', () => {
    expect(checkpointVerifies(checkpoint, pem('ed25519').publicKey)).toBe(false);
  });
});

describe('the ledger key', () => {
  it('is named by a digest of its public half', () => {
    const pair = pem('ed25519');
    expect(ledgerKey(pair.privateKey).published).toEqual({
      algorithm: 'Ed25519',
      keyId: keyIdOf(pair.publicKey),
      publicKey: pair.publicKey,
    });
    expect(keyIdOf(pair.publicKey)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses a public key that is not the half of the signing key, and any key that is not Ed25519', () => {
    expect(() => ledgerKey(pem('ed25519').privateKey, pem('ed25519').publicKey)).toThrow(/not the public half/);
    expect(() => publishedKey(pem('ec').publicKey)).toThrow(/must be Ed25519/);
  });
});
