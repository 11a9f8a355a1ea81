/** A sleep that ends early when woken: a worker waits on it, and a change of subscription wakes it. */
export class Wakeup {
  private controller = new AbortController();

  /** Aborted at the next wake. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  wake(): void {
    const woken = this.controller;
    this.controller = new AbortController();
    woken.abort();
  }

  sleep(ms: number): Promise<void> {
    const signal = this.signal;
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      signal.addEventListener('abort', done, { once: true });
    });
  }
}
