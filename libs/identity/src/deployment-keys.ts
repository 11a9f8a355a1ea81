import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DeploymentKeys {
  /** Verifies bearer tokens. Absent only where the deployment does not verify (never). */
  readonly tokenPublicKey: string;
  /** Signs tokens; held by the token issuer, not needed by the services when the public key is given. */
  readonly tokenPrivateKey?: string;
  /** Keys pseudonyms of protected sources, so the same source keeps one pseudonym. */
  readonly pseudonymKey: Buffer;
}

/**
 * Keys from the environment in a real deployment; in a local or standalone run, made once under
 * the data folder so that `npm run token` and the server agree.
 */
export function loadDeploymentKeys(dataDir: string, env: NodeJS.ProcessEnv = process.env): DeploymentKeys {
  const folder = join(dataDir, 'keys');
  const signingFile = join(folder, 'token-signing-key.pem');
  const verifyingFile = join(folder, 'token-verifying-key.pem');
  const pseudonymFile = join(folder, 'pseudonym.key');
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
  return {
    tokenPublicKey: env.RTOP_TOKEN_PUBLIC_KEY ?? readFileSync(verifyingFile, 'utf8'),
    tokenPrivateKey: env.RTOP_TOKEN_PRIVATE_KEY ?? (existsSync(signingFile) ? readFileSync(signingFile, 'utf8') : undefined),
    pseudonymKey: Buffer.from(env.RTOP_PSEUDONYM_KEY ?? readFileSync(pseudonymFile, 'utf8'), 'base64'),
  };
}

export const DEPLOYMENT_KEYS = Symbol('DeploymentKeys');
