import { EventEmitter } from 'node:events';

/**
 * Resolves at the next 'append' the emitter tells of, after `timeoutMs`, or on abort, whichever
 * comes first. A plain timer, not AbortSignal.any over AbortSignal.timeout: on Node 20 the
 * combined signal's timeout can be collected before it fires, and a follower then sleeps until
 * the next append in this process, which for appends by another process is never.
 */
export function nextAppend(appended: EventEmitter, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      appended.off('append', done);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    appended.once('append', done);
    signal?.addEventListener('abort', done, { once: true });
  });
}
