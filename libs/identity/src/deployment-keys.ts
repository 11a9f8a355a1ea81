import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TokenTrust, tokenTrustFromEnv } from './token-trust';

export interface DeploymentKeys {
  /** Verifies bearer tokens. Absent only where the deployment does not verify (never). */
  readonly tokenPublicKey: string;
  /** Signs tokens; held by the token issuer, not needed by the services when the public key is given. */
  readonly tokenPrivateKey?: string;
  /** How long a token may live, and the OpenID Connect provider whose tokens are accepted too. */
  readonly tokenTrust: TokenTrust;
  /** Keys pseudonyms of protected sources, so the same source keeps one pseudonym. */
  readonly pseudonymKey: Buffer;
  /** Signs the accountability ledger's checkpoints (Ed25519, PKCS#8 PEM); held by the accountability service. */
  readonly ledgerPrivateKey?: string;
  /** Verifies them (SPKI PEM); published, so anyone can check a checkpoint or an exported case offline. */
  readonly ledgerPublicKey?: string;
}

/**
 * Keys from the environment in a real deployment; in a local or standalone run, made once under
 * the data folder so that `npm run token` and the server agree.
 */
export function loadDeploymentKeys(dataDir: string, env: NodeJS.ProcessEnv = process.env): DeploymentKeys {
  const tokenTrust = tokenTrustFromEnv(env);
  const folder = join(dataDir, 'keys');
  const signingFile = join(folder, 'token-signing-key.pem');
  const verifyingFile = join(folder, 'token-verifying-key.pem');
  const pseudonymFile = join(folder, 'pseudonym.key');
  const ledgerSigningFile = join(folder, 'ledger-signing-key.pem');
  const ledgerVerifyingFile = join(folder, 'ledger-verifying-key.pem');
  if (!env.RTOP_TOKEN_PUBLIC_KEY && !existsSync(signingFile)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(signingFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(verifyingFile, publicKey.export({ type: 'spki', format: 'pem' }));
  }
  if (!env.RTOP_PSEUDONYM_KEY && !existsSync(pseudonymFile)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(pseudonymFile, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  if (!env.RTOP_LEDGER_PRIVATE_KEY && !env.RTOP_LEDGER_PUBLIC_KEY && !existsSync(ledgerSigningFile)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(ledgerSigningFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(ledgerVerifyingFile, publicKey.export({ type: 'spki', format: 'pem' }));
  }
  return {
    tokenPublicKey: env.RTOP_TOKEN_PUBLIC_KEY ?? readFileSync(verifyingFile, 'utf8'),
    tokenPrivateKey: env.RTOP_TOKEN_PRIVATE_KEY ?? (existsSync(signingFile) ? readFileSync(signingFile, 'utf8') : undefined),
    tokenTrust,
    pseudonymKey: Buffer.from(env.RTOP_PSEUDONYM_KEY ?? readFileSync(pseudonymFile, 'utf8'), 'base64'),
    ledgerPrivateKey: env.RTOP_LEDGER_PRIVATE_KEY ?? (existsSync(ledgerSigningFile) ? readFileSync(ledgerSigningFile, 'utf8') : undefined),
    ledgerPublicKey:
      env.RTOP_LEDGER_PUBLIC_KEY ?? (existsSync(ledgerVerifyingFile) ? readFileSync(ledgerVerifyingFile, 'utf8') : undefined),
  };
}

export const DEPLOYMENT_KEYS = Symbol('DeploymentKeys');
