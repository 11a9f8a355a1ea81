import { CliIo, EXIT } from './cli-io';
import { eventStoreConfigFromEnv } from '@rtop/event-store';
import { exportBundle } from './export-bundle';
import { READ_MODELS } from './read-models';
import { rebuildProjections } from './rebuild-projections';
import { showFigures } from './show-figures';
import { verifyBundleFile } from './verify-bundle-file';

export const USAGE = `rtop: export a case's tamper-evident record and verify it offline

  rtop export --case <caseId> --out <bundle.json> [--url http://localhost:3000] [--token <bearer>]
      Fetches the case's bundle from the accountability service (token also from RTOP_TOKEN).
  rtop verify <bundle.json> [--public-key <key.pem>]
      Checks the bundle with no server and no database: the signatures, each event's hash, each
      stream's chain, each event's inclusion in the signed log. --public-key pins the deployment's
      key (GET /accountability/public-key); without it the bundle's own key is used.
  rtop figures [--case <caseId>] [--now <ISO instant>] [--url http://localhost:3000] [--token <bearer>]
      The accountability figures of one case, or across cases: time from first report to
      assessment, transmission, each organ's first decision and first response; the warnings that
      led to no decision; vetoes and breached pledges.

  rtop projections rebuild [--name <read model>]
      Empties the read models (or the one named) and builds them again from the events, with
      progress, on the database the server uses: DATABASE_URL, or else the embedded store under
      RTOP_DATA_DIR (default .rtop-data; stop the standalone server first, the embedded store
      opens in one process at a time). A running server on PostgreSQL carries on from the rebuilt
      model's checkpoint.

Exit status: 0 all good, 1 verification failed, 2 usage or unreadable file, 3 export failed.
`;

interface Parsed {
  readonly positional: readonly string[];
  readonly options: ReadonlyMap<string, string>;
}

class UsageError extends Error {}

function parse(args: readonly string[], known: readonly string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const option = arg.slice(2);
    const equals = option.indexOf('=');
    const name = equals < 0 ? option : option.slice(0, equals);
    if (!known.includes(name)) throw new UsageError(`unknown option --${name}`);
    const value = equals < 0 ? args.at(++i) : option.slice(equals + 1);
    if (value === undefined || value === '') throw new UsageError(`--${name} needs a value`);
    options.set(name, value);
  }
  return { positional, options };
}

/** Runs one command line; resolves to the exit status. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  try {
    switch (command) {
      case 'export': {
        const { positional, options } = parse(rest, ['case', 'out', 'url', 'token']);
        const [caseId, out] = [options.get('case'), options.get('out')];
        if (!caseId || !out || positional.length) throw new UsageError('export needs --case <caseId> and --out <file>');
        const token = options.get('token') ?? io.env.RTOP_TOKEN;
        return await exportBundle({ caseId, out, url: options.get('url') ?? 'http://localhost:3000', token }, io);
      }
      case 'verify': {
        const { positional, options } = parse(rest, ['public-key']);
        if (positional.length !== 1) throw new UsageError('verify needs one bundle file');
        return verifyBundleFile({ file: positional[0], publicKeyFile: options.get('public-key') }, io);
      }
      case 'figures': {
        const { positional, options } = parse(rest, ['case', 'now', 'url', 'token']);
        if (positional.length) throw new UsageError('figures takes options only');
        const token = options.get('token') ?? io.env.RTOP_TOKEN;
        return await showFigures(
          { caseId: options.get('case'), now: options.get('now'), url: options.get('url') ?? 'http://localhost:3000', token },
          io,
        );
      }
      case 'projections': {
        const { positional, options } = parse(rest, ['name']);
        if (positional.length !== 1 || positional[0] !== 'rebuild') throw new UsageError('projections takes the subcommand rebuild');
        return await rebuildProjections(
          { store: eventStoreConfigFromEnv(io.env), projections: READ_MODELS, name: options.get('name') },
          io,
        );
      }
      case 'help':
      case '--help':
      case '-h':
        io.stdout(USAGE);
        return EXIT.ok;
      default:
        throw new UsageError(command ? `unknown command ${command}` : 'no command given');
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`rtop: ${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
}
