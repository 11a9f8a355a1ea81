import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Environment, RtopEnvironment, processEnvironment, validateEnvironment } from '@rtop/config';
import { TokenTrust, tokenTrustOf } from './token-trust';

export interface DeploymentKeys {
  /** Verifies bearer tokens. Absent only where the deployment does not verify (never). */
  readonly tokenPublicKey: string;
  /** Signs tokens; held by the token issuer, not needed by the services when the public key is given. */
  readonly tokenPrivateKey?: string;
  /** How long a token may live, and the OpenID Connect provider whose tokens are accepted too. */
  readonly tokenTrust: TokenTrust;
  /** Keys pseudonyms of protected sources, so the same source keeps one pseudonym. */
  readonly pseudonymKey: Buffer;
  /** Seals the webhook signing secrets the subscription gateway stores (AES-256-GCM, 32 bytes). */
  readonly webhookSealingKey: Buffer;
  /** Signs the accountability ledger's checkpoints (Ed25519, PKCS#8 PEM); held by the accountability service. */
  readonly ledgerPrivateKey?: string;
  /** Verifies them (SPKI PEM); published, so anyone can check a checkpoint or an exported case offline. */
  readonly ledgerPublicKey?: string;
}

/**
 * Keys from the environment in a real deployment; in a local or standalone run, made once under
 * the data folder so that `npm run token` and the server agree. `env` is the process's unless
 * given, validated or as received.
 */
export function loadDeploymentKeys(dataDir: string, env: Environment | RtopEnvironment = processEnvironment()): DeploymentKeys {
  const environment = env instanceof RtopEnvironment ? env : validateEnvironment(env);
  const folder = join(dataDir, 'keys');
  const signingFile = join(folder, 'token-signing-key.pem');
  const verifyingFile = join(folder, 'token-verifying-key.pem');
  const pseudonymFile = join(folder, 'pseudonym.key');
  const webhookSealingFile = join(folder, 'webhook-sealing.key');
  const ledgerSigningFile = join(folder, 'ledger-signing-key.pem');
  const ledgerVerifyingFile = join(folder, 'ledger-verifying-key.pem');
  if (!environment.RTOP_TOKEN_PUBLIC_KEY && !existsSync(signingFile)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    writeFileSync(signingFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(verifyingFile, publicKey.export({ type: 'spki', format: 'pem' }));
  }
  if (!environment.RTOP_PSEUDONYM_KEY && !existsSync(pseudonymFile)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(pseudonymFile, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  if (!environment.RTOP_WEBHOOK_SEALING_KEY && !existsSync(webhookSealingFile)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    writeFileSync(webhookSealingFile, randomBytes(32).toString('base64'), { mode: 0o600 });
  }
  if (!environment.RTOP_LEDGER_PRIVATE_KEY && !environment.RTOP_LEDGER_PUBLIC_KEY && !existsSync(ledgerSigningFile)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(ledgerSigningFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
    writeFileSync(ledgerVerifyingFile, publicKey.export({ type: 'spki', format: 'pem' }));
  }
  return {
    tokenPublicKey: environment.RTOP_TOKEN_PUBLIC_KEY ?? readFileSync(verifyingFile, 'utf8'),
    tokenPrivateKey: environment.RTOP_TOKEN_PRIVATE_KEY ?? (existsSync(signingFile) ? readFileSync(signingFile, 'utf8') : undefined),
    tokenTrust: tokenTrustOf(environment),
    pseudonymKey: Buffer.from(environment.RTOP_PSEUDONYM_KEY ?? readFileSync(pseudonymFile, 'utf8'), 'base64'),
    webhookSealingKey: Buffer.from(environment.RTOP_WEBHOOK_SEALING_KEY ?? readFileSync(webhookSealingFile, 'utf8'), 'base64'),
    ledgerPrivateKey:
      environment.RTOP_LEDGER_PRIVATE_KEY ?? (existsSync(ledgerSigningFile) ? readFileSync(ledgerSigningFile, 'utf8') : undefined),
    ledgerPublicKey:
      environment.RTOP_LEDGER_PUBLIC_KEY ?? (existsSync(ledgerVerifyingFile) ? readFileSync(ledgerVerifyingFile, 'utf8') : undefined),
  };
}

export const DEPLOYMENT_KEYS = Symbol('DeploymentKeys');
