import { LRUCache } from 'lru-cache';
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
 * decides on it and its append, at the cached revision, proves it (see decide-and-append.ts).
 */
class StreamStateCache<State> {
  private readonly states = new LRUCache<string, CachedState<State>>({ max: STREAMS_KEPT });

  get(streamId: string): CachedState<State> | undefined {
    return this.states.get(streamId);
  }

  /** A state folded further than the one offered (another command's, just appended) is kept. */
  set(streamId: string, cached: CachedState<State>): void {
    const current = this.states.peek(streamId);
    if (current && current.revision > cached.revision) return;
    this.states.set(streamId, cached);
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
