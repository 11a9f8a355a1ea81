import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A built rtop app run as its own operating-system process, as in a distributed deployment. */
export class ServiceProcess {
  private child?: ChildProcess;
  readonly url: string;

  constructor(
    readonly name: string,
    private readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logDir: string,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  async start(): Promise<void> {
    const main = join(ROOT, 'dist', 'apps', this.name, 'src', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first (npm test and npm run e2e do)`);
    const log = createWriteStream(join(this.logDir, `${this.name}.log`), { flags: 'a' });
    this.child = spawn(process.execPath, [main], { env: { ...process.env, ...this.env, PORT: String(this.port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.pipe(log);
    this.child.stderr!.pipe(log);
    await this.healthy();
  }

  /** Kills the process outright, as a crash would: nothing gets to flush or say goodbye. */
  async crash(): Promise<void> {
    await this.stop('SIGKILL');
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  private async healthy(): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (this.child!.exitCode !== null) throw new Error(`${this.name} exited with ${this.child!.exitCode}; see ${this.logDir}/${this.name}.log`);
      const ok = await fetch(`${this.url}/health`).then((r) => r.ok, () => false);
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${this.name} did not become healthy; see ${this.logDir}/${this.name}.log`);
  }
}

/** The example liaison consumer (examples/liaison-consumer.ts), run as the office would run it. */
export class LiaisonOffice {
  private child?: ChildProcess;
  readonly received: { id: string; type: string; caseId: string }[] = [];

  constructor(
    private readonly body: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly stateFile: string,
  ) {}

  start(): void {
    const main = join(ROOT, 'dist', 'examples', 'liaison-consumer.js');
    this.child = spawn(process.execPath, [main, '--body', this.body, '--json', '--state', this.stateFile], {
      env: { ...process.env, ...this.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let buffer = '';
    this.child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines.filter(Boolean)) this.received.push(JSON.parse(line));
    });
  }

  async crash(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}
