import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { failureMessage } from './failure-message';
import { freePort } from './free-port';

export const KAFKA_BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');

const SCRIPTS = join(__dirname, '..', '..', 'scripts', 'kafka');
const SHARED_HOME = process.env.RTOP_KAFKA_HOME ?? join(homedir(), '.cache', 'rtop-kafka');

/**
 * Starts the project's single-node Kafka broker when none answers (fetching Apache Kafka from
 * Maven Central the first time). The script is idempotent.
 */
export function ensureKafka(): void {
  if (process.env.KAFKA_BROKERS) return;
  execFileSync('bash', [join(SCRIPTS, 'start.sh')], { stdio: 'inherit' });
}

/**
 * A broker of one spec's own, on ports of its own, that the spec may stop and start again: the
 * shared broker serves every other spec running at the same time and is never stopped. It is
 * the same single-node broker (scripts/kafka), sharing the jars already fetched.
 */
export class OwnKafkaBroker {
  private constructor(
    private readonly env: NodeJS.ProcessEnv,
    readonly brokers: readonly string[],
  ) {}

  /** Chooses its ports and folder; nothing listens on its address until `start`. */
  static async create(): Promise<OwnKafkaBroker> {
    const home = mkdtempSync(join(tmpdir(), 'rtop-kafka-'));
    if (existsSync(join(SHARED_HOME, 'libs'))) symlinkSync(join(SHARED_HOME, 'libs'), join(home, 'libs'));
    const [port, controllerPort] = [await freePort(), await freePort()];
    const env = {
      ...process.env,
      RTOP_KAFKA_HOME: home,
      KAFKA_PORT: String(port),
      KAFKA_CONTROLLER_PORT: String(controllerPort),
      KAFKA_START_TIMEOUT: '180',
    };
    return new OwnKafkaBroker(env, [`127.0.0.1:${port}`]);
  }

  /** Resolves once the broker serves (about 4 s on an idle machine). */
  async start(): Promise<void> {
    await this.script('start.sh');
  }

  /** A clean shutdown, as an operator's restart does; the data stays for the next start. */
  async stop(): Promise<void> {
    await this.script('stop.sh');
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.env.RTOP_KAFKA_HOME!, { recursive: true, force: true });
  }

  private async script(name: string): Promise<void> {
    await promisify(execFile)('bash', [join(SCRIPTS, name)], { env: this.env }).catch((error: unknown) => {
      throw new Error(`kafka ${name} failed: ${failureMessage(error)}`);
    });
  }
}
