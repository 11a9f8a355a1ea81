import { EventStore } from '@rtop/event-store';

export interface CachedState<State> {
  readonly state: State;
  /** The stream's revision the state was folded up to; -1 for a stream with no events. */
  readonly revision: bigint;
}

/** Streams whose state each process keeps folded, per store and decider: the most recently used. */
const STREAMS_KEPT = 2_000;

/**
 * Folded states of recently used streams. A cached state is never trusted as current: a command
 * reads the events after its revision (none, usually, one index probe) and folds them on, so
 * another process writing the same stream is caught up with, not overlooked.
 */
class StreamStateCache<State> {
  private readonly states = new Map<string, CachedState<State>>();

  get(streamId: string): CachedState<State> | undefined {
    const cached = this.states.get(streamId);
    if (cached) {
      this.states.delete(streamId);
      this.states.set(streamId, cached);
    }
    return cached;
  }

  set(streamId: string, cached: CachedState<State>): void {
    const current = this.states.get(streamId);
    if (current && current.revision > cached.revision) return;
    this.states.delete(streamId);
    this.states.set(streamId, cached);
    const oldest = this.states.keys().next();
    if (this.states.size > STREAMS_KEPT && !oldest.done) this.states.delete(oldest.value);
  }
}

const caches = new WeakMap<EventStore, WeakMap<object, StreamStateCache<unknown>>>();

/** The cache of one decider's states over one store. */
export function stateCacheFor<State>(store: EventStore, decider: object): StreamStateCache<State> {
  let perDecider = caches.get(store);
  if (!perDecider) caches.set(store, (perDecider = new WeakMap()));
  let cache = perDecider.get(decider);
  if (!cache) perDecider.set(decider, (cache = new StreamStateCache<unknown>()));
  return cache as StreamStateCache<State>;
}
