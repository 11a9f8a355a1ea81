import { EventStore, GlobalCheckpoint, GlobalLogPage, RecordedEvent, isAfter } from './event-store.port';

/** The newest events a tail keeps: followers this close behind it read them from memory. */
const WINDOW = 2_000;
const PAGE = 500;
/** While the log is busy the tail reads at most this often, so that its followers take events in batches. */
const BUSY_READ_INTERVAL_MS = 25;

/** A follower's share of its store's tail, held from its start to its stop. */
export interface LogTailReader {
  /** The events after `after`, at most `limit`: from the tail's memory when it holds that part of the log, else from the store. */
  read(after: GlobalCheckpoint, limit: number): Promise<GlobalLogPage>;
  /** Resolves once events after `after` can be read, or on abort; rejects when the tail failed to read the log. */
  next(after: GlobalCheckpoint, signal: AbortSignal): Promise<void>;
  leave(): void;
}

interface Waiter {
  readonly after: GlobalCheckpoint;
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

/**
 * The one reader of a store's global log for every follower of it in this process (projections,
 * consumer groups, relays). Each append used to wake every follower, and each then read the log
 * for itself; now an append or a poll wakes the tail, the tail reads once, and the followers take
 * what they need from the events it keeps.
 *
 * It changes no guarantee: the tail reads through `readGlobalLog`, so it never goes past an
 * event that can still commit before it (PostgreSQL's in-flight transactions); a follower keeps
 * its own durable checkpoint, and one behind the kept events reads the store itself.
 */
class GlobalLogTail {
  /** Every event after `from`, up to `to`, in global order. */
  private events: RecordedEvent[] = [];
  private from?: GlobalCheckpoint;
  private to?: GlobalCheckpoint;
  private readonly waiters = new Set<Waiter>();
  private readonly members = new Map<object, number>();
  /** Something may have been appended since the last read began. */
  private stale = true;
  private reading = false;
  private watch?: AbortController;
  /** When the last read that found events (and not a full page) began. */
  private lastReadWithEvents = -Infinity;
  private paced?: NodeJS.Timeout;

  constructor(private readonly store: EventStore) {}

  join(pollMs: number): LogTailReader {
    const member = {};
    this.members.set(member, pollMs);
    return {
      read: (after, limit) => this.read(after, limit),
      next: (after, signal) => this.next(after, signal),
      leave: () => {
        this.members.delete(member);
        if (this.members.size) return;
        this.watch?.abort();
        this.watch = undefined;
        clearTimeout(this.paced);
        this.paced = undefined;
        this.stale = true;
      },
    };
  }

  private read(after: GlobalCheckpoint, limit: number): Promise<GlobalLogPage> {
    if (!this.holds(after)) return this.store.readGlobalLog(after, limit);
    const first = this.firstAfter(after);
    const events = this.events.slice(first, first + limit);
    return Promise.resolve({ events, next: events.length ? events[events.length - 1].checkpoint : after });
  }

  private next(after: GlobalCheckpoint, signal: AbortSignal): Promise<void> {
    if (signal.aborted) return Promise.resolve();
    // Nothing kept to lose: the tail starts (or starts again) where this follower stands.
    if (!this.reading && !this.events.length && (!this.to || isAfter(this.to, after))) this.from = this.to = after;
    if (this.to && isAfter(this.to, after)) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        after,
        resolve: () => settle(resolve),
        reject: (error) => settle(() => reject(error instanceof Error ? error : new Error(String(error)))),
      };
      const settle = (done: () => void) => {
        this.waiters.delete(waiter);
        signal.removeEventListener('abort', waiter.resolve);
        done();
      };
      signal.addEventListener('abort', waiter.resolve, { once: true });
      this.waiters.add(waiter);
      this.pump();
    });
  }

  private holds(after: GlobalCheckpoint): boolean {
    return this.from !== undefined && this.to !== undefined && !isAfter(this.from, after) && !isAfter(after, this.to);
  }

  private firstAfter(after: GlobalCheckpoint): number {
    let low = 0;
    let high = this.events.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (isAfter(this.events[middle].checkpoint, after)) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** Reads when a follower waits and something may have been appended; otherwise watches for an append. */
  private pump(): void {
    const to = this.to;
    if (this.reading || this.paced || !this.waiters.size || !this.members.size || !to) return;
    if (!this.stale) {
      this.watchForAppend();
      return;
    }
    const pace = this.lastReadWithEvents + BUSY_READ_INTERVAL_MS - performance.now();
    if (pace > 0) {
      this.paced = setTimeout(() => {
        this.paced = undefined;
        this.pump();
      }, pace);
      return;
    }
    this.reading = true;
    void this.readAfter(to).finally(() => {
      this.reading = false;
      this.pump();
    });
  }

  private async readAfter(to: GlobalCheckpoint): Promise<void> {
    this.stale = false;
    // Watching before reading: an append made during the read marks the tail stale again.
    this.watchForAppend();
    const began = performance.now();
    try {
      const page = await this.store.readGlobalLog(to, PAGE);
      if (page.events.length === PAGE) this.stale = true;
      else if (page.events.length) this.lastReadWithEvents = began;
      if (!page.events.length) return;
      this.keep(page);
      for (const waiter of this.waiters) if (isAfter(page.next, waiter.after)) waiter.resolve();
    } catch (error) {
      this.stale = true;
      // Each follower backs off and reports it, as it did when it read the log itself.
      for (const waiter of this.waiters) waiter.reject(error);
    }
  }

  private keep(page: GlobalLogPage): void {
    this.events.push(...page.events);
    this.to = page.next;
    const dropped = this.events.length - WINDOW;
    if (dropped > 0) {
      this.from = this.events[dropped - 1].checkpoint;
      this.events = this.events.slice(dropped);
    }
  }

  private watchForAppend(): void {
    if (this.watch || !this.members.size) return;
    const watch = new AbortController();
    this.watch = watch;
    // A commit can become readable without a signal here (another process's, or one the log held back
    // behind a transaction still in flight), so the tail looks again every poll whatever it last found.
    void this.store.waitForAppend(Math.min(...this.members.values()), watch.signal).then(() => {
      if (this.watch !== watch) return;
      this.watch = undefined;
      this.stale = true;
      this.pump();
    });
  }
}

const tails = new WeakMap<EventStore, GlobalLogTail>();

/** Joins the tail of `store` (one per store object in the process), polling for other processes' appends every `pollMs` at least. */
export function joinLogTail(store: EventStore, pollMs: number): LogTailReader {
  let tail = tails.get(store);
  if (!tail) {
    tail = new GlobalLogTail(store);
    tails.set(store, tail);
  }
  return tail.join(pollMs);
}
