import { parseArgs } from 'node:util';
import { isBody } from '@rtop/kernel';
import { duration, loadDeploymentKeys, mintToken } from '@rtop/identity';

/** Mints a local bearer token with the deployment's signing key (development and tests). */
const { values } = parseArgs({
  options: {
    body: { type: 'string' },
    person: { type: 'string' },
    role: { type: 'string', default: 'officer' },
    ttl: { type: 'string', default: '8h' },
  },
});

if (!isBody(values.body) || !values.person) {
  console.error(
    'usage: npm run token -- --body <body> --person <name> [--role <role>] [--ttl 8h]\n' +
      'bodies: un-joint-office, un-secretary-general, un-security-council, un-general-assembly, au-psc, asean, oas, osce, igad, ' +
      'member-state:<ISO 3166-1 alpha-3 code, e.g. KEN>',
  );
  process.exit(2);
}
const keys = loadDeploymentKeys(process.env.RTOP_DATA_DIR ?? '.rtop-data');
if (!keys.tokenPrivateKey) {
  console.error('no signing key here: set RTOP_TOKEN_PRIVATE_KEY or run where the data folder holds one');
  process.exit(2);
}
// The server refuses a token that lives longer than RTOP_TOKEN_MAX_LIFETIME: say so now, not at its first use.
const ttl = lifetime(values.ttl);
if (ttl > keys.tokenTrust.maxLifetimeSeconds) {
  console.error(
    `--ttl ${values.ttl} is longer than the ${String(keys.tokenTrust.maxLifetimeSeconds)}s a token may live here (RTOP_TOKEN_MAX_LIFETIME)`,
  );
  process.exit(2);
}
process.stdout.write(`${mintToken(keys.tokenPrivateKey, { body: values.body, person: values.person, role: values.role }, ttl)}\n`);

function lifetime(ttl: string): number {
  try {
    return duration('--ttl', ttl);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
