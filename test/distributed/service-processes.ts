import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { join } from 'node:path';

export { freePort } from '@rtop/testing';

const ROOT = join(__dirname, '..', '..');

/** A built rtop app run as its own operating-system process, as in a distributed deployment. */
export class ServiceProcess {
  private child?: ChildProcess;
  readonly url: string;

  constructor(
    readonly name: string,
    private readonly port: number,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logDir: string,
    /** Tells replicas of one service apart: names the log file. */
    readonly label = name,
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  /** The operating-system process id while it runs. */
  get pid(): number | undefined {
    return this.running ? this.child!.pid : undefined;
  }

  /** A process killed by a signal has no exit code, only the signal. */
  private get running(): boolean {
    return Boolean(this.child) && this.child!.exitCode === null && this.child!.signalCode === null;
  }

  async start(): Promise<void> {
    const main = join(ROOT, 'dist', 'apps', this.name, 'src', 'main.js');
    if (!existsSync(main)) throw new Error(`${main} is missing: run npm run build first (npm test and npm run e2e do)`);
    const log = createWriteStream(join(this.logDir, `${this.label}.log`), { flags: 'a' });
    this.child = spawn(process.execPath, [main], {
      env: { ...process.env, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
    if (!child || !this.running) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  private async healthy(): Promise<void> {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (this.child!.exitCode !== null)
        throw new Error(`${this.label} exited with ${this.child!.exitCode}; see ${this.logDir}/${this.label}.log`);
      const ok = await fetch(`${this.url}/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    throw new Error(`${this.label} did not become healthy; see ${this.logDir}/${this.label}.log`);
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
