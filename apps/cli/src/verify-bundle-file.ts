import { readFileSync } from 'node:fs';
import { describeFailure, verifyBundle } from '@rtop/accountability';
import { CliIo, EXIT } from './cli-io';
import { progressOn } from './progress';

export interface VerifyRequest {
  readonly file: string;
  /** A PEM file holding the deployment's published key. */
  readonly publicKeyFile?: string;
}

/** Checks a bundle file with nothing else: no server, no database. */
export function verifyBundleFile(request: VerifyRequest, io: CliIo): number {
  let text: string;
  let trustedKey: string | undefined;
  try {
    text = readFileSync(request.file, 'utf8');
    trustedKey = request.publicKeyFile === undefined ? undefined : readFileSync(request.publicKeyFile, 'utf8');
  } catch (error) {
    io.stderr(`cannot read ${(error as NodeJS.ErrnoException).path ?? request.file}: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  let bundle: unknown;
  try {
    bundle = JSON.parse(text);
  } catch (error) {
    io.stderr(`FAILED: ${request.file} is not JSON: ${(error as Error).message}\n`);
    return EXIT.verificationFailed;
  }

  const verdict = verifyBundle(bundle, { trustedKey, onProgress: progressOn(io, 'verifying events', 1000) });
  if (!verdict.ok) {
    io.stderr(`FAILED: ${describeFailure(verdict.failure)}\n`);
    return EXIT.verificationFailed;
  }
  io.stdout(
    `OK: case ${verdict.caseId}: ${verdict.events} events in ${verdict.chains} streams, every chain whole and every event ` +
      `in the signed log of ${verdict.treeSize} entries (root ${verdict.rootHash}), signed at ${verdict.signedAt} by key ${verdict.keyId}\n`,
  );
  if (trustedKey === undefined) {
    io.stderr(
      `note: checked against the key the bundle carries (${verdict.keyId}); that shows nothing changed since it was signed, not who signed it. ` +
        "Compare the key id with the deployment's (GET /accountability/public-key), or pass --public-key <file.pem>.\n",
    );
  }
  return EXIT.ok;
}
