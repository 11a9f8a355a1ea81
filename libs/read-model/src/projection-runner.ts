import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { EventStore, GlobalCheckpoint, GlobalLogPage, START_OF_LOG, SqlSession, joinLogTail, schemaOf } from '@rtop/event-store';
import { Projection } from './projection';
import {
  loadProjectionCheckpoint,
  lockProjectionVersion,
  moveProjectionCheckpoint,
  projectionCheckpointsSetup,
  resetProjectionCheckpoint,
} from './projection-checkpoints';

/** The model's checkpoint is not where this runner left it: it reads it again and goes on from there. */
export class CheckpointMoved extends Error {
  constructor(name: string) {
    super(`projection ${name} was moved on by another runner`);
  }
}

/** The database holds the model at a version this code does not know: a newer release made it. */
export class ProjectionVersionAhead extends Error {
  constructor(name: string, stored: number, known: number) {
    super(
      `read model ${name} is at version ${stored} in the database, but this release knows version ${known} at most: ` +
        'start a release that knows it; nothing was dropped',
    );
  }
}

/** A model rebuilt because its tables were made by an earlier version of it. */
export interface VersionRebuild {
  readonly name: string;
  readonly from: number;
  readonly to: number;
}

export interface ProjectionStatus {
  readonly name: string;
  readonly context: string;
  /** The version of its tables' shape this process's code builds. */
  readonly version: number;
  /** Where the model stands in its context's global log. */
  readonly checkpoint: { readonly transactionId: string; readonly position: string };
  /** Events recorded in the context and not yet in the model: its lag. */
  readonly eventsBehind: number;
}

export interface RebuildProgress {
  readonly name: string;
  readonly done: number;
  readonly total: number;
}

export interface ProjectionRunnerOptions {
  /** Events per transaction: small enough that no batch holds the event loop or the store for long. */
  readonly batchSize?: number;
  /** How often, at least, the store's tail looks for appends made by other processes. */
  readonly pollMs?: number;
  readonly onError?: (error: unknown) => void;
  /** Told once the model's old tables are dropped and made again, before it catches up from the first event. */
  readonly onRebuild?: (rebuild: VersionRebuild) => void;
}

/**
 * Keeps one projection up with its context's global log: a catch-up subscription whose
 * checkpoint is stored in the transaction that applies each batch.
 */
export class ProjectionRunner {
  readonly schema: string;
  private following?: { readonly stop: AbortController; readonly done: Promise<void> };
  private ready?: Promise<void>;

  constructor(
    readonly projection: Projection,
    private readonly store: EventStore,
    private readonly sql: SqlSession,
    private readonly options: ProjectionRunnerOptions = {},
  ) {
    this.schema = schemaOf(projection.context);
    if (!Number.isInteger(projection.version) || projection.version < 1)
      throw new Error(`read model ${projection.name} has version ${projection.version}: it must be a positive integer`);
  }

  get name(): string {
    return this.projection.name;
  }

  /** Creates the tables (once), then follows the log until stopped. */
  start(): void {
    if (this.following) return;
    const stop = new AbortController();
    this.following = { stop, done: this.follow(stop.signal) };
  }

  async stop(): Promise<void> {
    const following = this.following;
    this.following = undefined;
    following?.stop.abort();
    await following?.done;
  }

  async status(): Promise<ProjectionStatus> {
    await this.setUp();
    const checkpoint = (await loadProjectionCheckpoint(this.sql, this.schema, this.name))?.checkpoint ?? START_OF_LOG;
    return {
      name: this.name,
      context: this.projection.context,
      version: this.projection.version,
      checkpoint: { transactionId: checkpoint.transactionId.toString(), position: checkpoint.position.toString() },
      eventsBehind: await this.store.countAfter(checkpoint),
    };
  }

  /** Resolves once the model holds every event recorded before the call. */
  async caughtUp(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.status()).eventsBehind > 0) {
      if (Date.now() > deadline) throw new Error(`projection ${this.name} did not catch up within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Drops the model's tables, makes them again in the shape its version gives them and builds
   * them from the first event, reporting progress per batch. Following stops meanwhile and
   * resumes after, from where the rebuild ended.
   */
  async rebuild(onProgress?: (progress: RebuildProgress) => void): Promise<void> {
    const wasFollowing = Boolean(this.following);
    await this.stop();
    await this.install('always');
    const total = await this.store.countAfter(START_OF_LOG);
    let checkpoint: GlobalCheckpoint = START_OF_LOG;
    let done = 0;
    onProgress?.({ name: this.name, done, total });
    const readLog = (after: GlobalCheckpoint, limit: number) => this.store.readGlobalLog(after, limit);
    for (;;) {
      const applied = await this.applyNextBatch(checkpoint, readLog);
      if (!applied) break;
      checkpoint = applied.next;
      done += applied.count;
      onProgress?.({ name: this.name, done: Math.min(done, total), total: Math.max(done, total) });
    }
    if (wasFollowing) this.start();
  }

  /**
   * Creates the model's tables if they are missing, or makes them again when an earlier version
   * of the model made them: before the first read, not when the first event comes.
   */
  setUp(): Promise<void> {
    this.ready ??= this.install('when-version-changed').catch((error: unknown) => {
      this.ready = undefined;
      throw error;
    });
    return this.ready;
  }

  /**
   * Gives the model the tables its version sets, in one transaction that holds its checkpoint
   * row: runners that start together take turns, and the second finds the new version and drops
   * nothing. Dropping the tables puts the checkpoint back at the start of the log.
   */
  private async install(drop: 'always' | 'when-version-changed'): Promise<void> {
    const { name, version } = this.projection;
    await this.sql.exec(projectionCheckpointsSetup(this.schema));
    const stored = await this.sql.transaction(async (tx) => {
      // Taking the row also waits for a batch another runner is applying, and holds off the next.
      const held = await lockProjectionVersion(tx, this.schema, name, version);
      if (held > version) throw new ProjectionVersionAhead(name, held, version);
      if (held === version && drop === 'when-version-changed') {
        await tx.exec(this.projection.setup(this.schema));
        return held;
      }
      for (const table of this.projection.tables) await tx.query(`drop table if exists ${this.schema}.${table} cascade`);
      await tx.exec(this.projection.setup(this.schema));
      await resetProjectionCheckpoint(tx, this.schema, name, version);
      return held;
    });
    if (stored !== version) this.options.onRebuild?.({ name, from: stored, to: version });
  }

  /** Where the model stands; a model another runner rebuilt to another version meanwhile is set up again first. */
  private async loadCheckpoint(): Promise<GlobalCheckpoint> {
    const stored = await loadProjectionCheckpoint(this.sql, this.schema, this.name);
    if (stored?.version === this.projection.version) return stored.checkpoint;
    this.ready = undefined;
    await this.setUp();
    return this.loadCheckpoint();
  }

  private async follow(signal: AbortSignal): Promise<void> {
    const { pollMs = 250, batchSize = 250 } = this.options;
    const tail = joinLogTail(this.store, pollMs);
    const readLog = (after: GlobalCheckpoint, limit: number) => tail.read(after, limit);
    const stopped = () => signal.aborted;
    let checkpoint: GlobalCheckpoint | undefined;
    try {
      while (!stopped()) {
        try {
          await this.setUp();
          checkpoint ??= await this.loadCheckpoint();
          const applied = await this.applyNextBatch(checkpoint, readLog);
          if (applied) checkpoint = applied.next;
          // A full batch means more is waiting: let requests in before taking the next one.
          if (applied && applied.count >= batchSize) await yieldToEventLoop();
          else await tail.next(checkpoint, signal);
        } catch (error) {
          if (stopped()) return;
          checkpoint = undefined;
          if (error instanceof CheckpointMoved) continue;
          this.options.onError?.(error);
          await this.store.waitForAppend(pollMs * 4, signal);
        }
      }
    } finally {
      tail.leave();
    }
  }

  /** Applies the events after `checkpoint` (one batch) with the checkpoint; undefined when there were none. */
  private async applyNextBatch(
    checkpoint: GlobalCheckpoint,
    readLog: (after: GlobalCheckpoint, limit: number) => Promise<GlobalLogPage>,
  ): Promise<{ next: GlobalCheckpoint; count: number } | undefined> {
    const page = await readLog(checkpoint, this.options.batchSize ?? 250);
    if (!page.events.length) return undefined;
    await this.sql.transaction(async (tx) => {
      // Another runner of the same model (a second replica, a rebuild from the command line) may
      // have moved the checkpoint since it was read: then this batch is not ours to apply.
      if (!(await moveProjectionCheckpoint(tx, this.schema, this.projection, checkpoint, page.next))) throw new CheckpointMoved(this.name);
      await this.projection.apply(page.events, { tx, schema: this.schema });
    });
    return { next: page.next, count: page.events.length };
  }
}
