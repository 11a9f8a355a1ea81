import { randomUUID } from 'node:crypto';
import {
  EventStore,
  InvalidAppend,
  NewEvent,
  PartialDuplicateAppend,
  RecordedEvent,
  START_OF_LOG,
  WrongExpectedVersion,
  followGlobalLog,
} from '@rtop/event-store';
import { eventually } from '@rtop/testing';

export interface ContractHarness {
  /** Opens the adapter on the same storage each time (a restart when called again). */
  open(): Promise<EventStore>;
}

const event = (type = 'information-report-filed', data: unknown = { n: 1 }): NewEvent => ({
  eventId: randomUUID(),
  type,
  data,
  metadata: { caseId: 'case-1' },
});
const stream = () => `contract-${randomUUID()}`;

/** The behaviour every event store adapter owes its callers, run against each adapter. */
export function describeEventStoreContract(adapter: string, harness: ContractHarness): void {
  describe(`event store contract: ${adapter}`, () => {
    let store: EventStore;
    beforeAll(async () => {
      store = await harness.open();
      // Creating an embedded cluster takes a while on a busy machine.
    }, 120_000);
    afterAll(async () => {
      await store.close();
    });

    /**
     * The global log holds readers back while any transaction on the server is open (other test
     * files write to the same server), so a read waits until the events it expects are safe.
     */
    const readAllOf = (streams: readonly string[], expected: number): Promise<RecordedEvent[]> =>
      eventually(async () => {
        const page = await store.readGlobalLog(START_OF_LOG, 1_000_000);
        const events = page.events.filter((e) => streams.includes(e.streamId));
        expect(events).toHaveLength(expected);
        return events;
      });

    describe('append and read a stream', () => {
      it('starts a stream at revision 0 and numbers a batch without gaps', async () => {
        const id = stream();
        const batch = [event('a'), event('b'), event('c')];
        const result = await store.append(id, batch, 'no_stream');
        expect(result).toEqual({ nextRevision: 2n, alreadyAppended: false });
        const read = await store.readStream(id);
        expect(read.map((e) => [e.type, e.revision])).toEqual([
          ['a', 0n],
          ['b', 1n],
          ['c', 2n],
        ]);
        expect(read.map((e) => e.eventId)).toEqual(batch.map((e) => e.eventId));
        expect(read[0].data).toEqual({ n: 1 });
        expect(read[0].metadata).toEqual({ caseId: 'case-1' });
        expect(read[0].recordedAt).toBeInstanceOf(Date);
      });

      it('reads a long stream, and the global log, in numeric order', async () => {
        const id = stream();
        for (let revision = 0; revision < 12; revision++) {
          await store.append(id, [event(`e${revision}`)], revision === 0 ? 'no_stream' : BigInt(revision - 1));
        }
        const expected = Array.from({ length: 12 }, (_, i) => `e${i}`);
        expect((await store.readStream(id)).map((e) => e.type)).toEqual(expected);
        expect((await readAllOf([id], 12)).map((e) => e.type)).toEqual(expected);
      });

      it('reads part of a stream: from a revision on, at most a limit', async () => {
        const id = stream();
        await store.append(
          id,
          ['e0', 'e1', 'e2', 'e3', 'e4'].map((type) => event(type)),
          'no_stream',
        );
        expect((await store.readStream(id, { fromRevision: 3n })).map((e) => [e.type, e.revision])).toEqual([
          ['e3', 3n],
          ['e4', 4n],
        ]);
        expect((await store.readStream(id, { fromRevision: 1n, limit: 2 })).map((e) => e.type)).toEqual(['e1', 'e2']);
        expect(await store.readStream(id, { fromRevision: 5n })).toEqual([]);
      });

      it('finds one event by its id, in whichever stream it is', async () => {
        const id = stream();
        const wanted = event('wanted');
        await store.append(id, [event('other'), wanted], 'no_stream');
        expect(await store.readEvent(wanted.eventId)).toMatchObject({
          eventId: wanted.eventId,
          streamId: id,
          revision: 1n,
          type: 'wanted',
        });
        expect(await store.readEvent(event().eventId)).toBeUndefined();
        expect(await store.readEvent('not-a-uuid')).toBeUndefined();
      });

      it('wakes a waiting follower when its wait runs out, with nothing appended, and when it is stopped', async () => {
        global.gc?.();
        await expect(store.waitForAppend(30)).resolves.toBeUndefined();
        const stopping = new AbortController();
        const waiting = store.waitForAppend(60_000, stopping.signal);
        stopping.abort();
        await expect(waiting).resolves.toBeUndefined();
      });

      it('reads an unknown stream as empty', async () => {
        expect(await store.readStream(stream())).toEqual([]);
      });

      it('refuses an empty batch, repeated ids within a batch and ids that are not UUIDs', async () => {
        const id = stream();
        const e = event();
        await expect(store.append(id, [], 'any')).rejects.toBeInstanceOf(InvalidAppend);
        await expect(store.append(id, [e, e], 'any')).rejects.toBeInstanceOf(InvalidAppend);
        await expect(store.append(id, [{ ...e, eventId: 'x' }], 'any')).rejects.toBeInstanceOf(InvalidAppend);
        expect(await store.readStream(id)).toEqual([]);
      });
    });

    describe('expected version', () => {
      it('appends at the exact revision and refuses a stale one', async () => {
        const id = stream();
        await store.append(id, [event()], 'no_stream');
        await expect(store.append(id, [event()], 0n)).resolves.toMatchObject({ nextRevision: 1n });
        await expect(store.append(id, [event()], 0n)).rejects.toBeInstanceOf(WrongExpectedVersion);
        await expect(store.append(stream(), [event()], 0n)).rejects.toBeInstanceOf(WrongExpectedVersion);
        expect(await store.readStream(id)).toHaveLength(2);
      });

      it('honours no_stream, stream_exists and any', async () => {
        const id = stream();
        await expect(store.append(id, [event()], 'stream_exists')).rejects.toBeInstanceOf(WrongExpectedVersion);
        await store.append(id, [event()], 'no_stream');
        await expect(store.append(id, [event()], 'no_stream')).rejects.toBeInstanceOf(WrongExpectedVersion);
        await expect(store.append(id, [event()], 'stream_exists')).resolves.toMatchObject({ nextRevision: 1n });
        await expect(store.append(id, [event()], 'any')).resolves.toMatchObject({ nextRevision: 2n });
        await expect(store.append(stream(), [event()], 'any')).resolves.toMatchObject({ nextRevision: 0n });
      });

      it('writes nothing of a batch that fails its expected version', async () => {
        const id = stream();
        await store.append(id, [event()], 'no_stream');
        await expect(store.append(id, [event(), event(), event()], 5n)).rejects.toBeInstanceOf(WrongExpectedVersion);
        expect(await store.readStream(id)).toHaveLength(1);
      });

      it('lets exactly one of several concurrent writers at the same revision through', async () => {
        const id = stream();
        await store.append(id, [event()], 'no_stream');
        const outcomes = await Promise.allSettled(Array.from({ length: 8 }, () => store.append(id, [event(), event()], 0n)));
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o) => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost.every((o) => o.reason instanceof WrongExpectedVersion)).toBe(true);
        expect((await store.readStream(id)).map((e) => e.revision)).toEqual([0n, 1n, 2n]);
      });

      it('answers each of many concurrent appends for itself: one refused takes none of the others with it', async () => {
        const used = event();
        await store.append(stream(), [used], 'no_stream');
        const stale = stream();
        await store.append(stale, [event()], 'no_stream');
        const fresh = Array.from({ length: 12 }, () => stream());

        const outcomes = await Promise.allSettled([
          ...fresh.map((id) => store.append(id, [event(), event()], 'no_stream')),
          store.append(stream(), [event(), used], 'any'),
          store.append(stale, [event()], 5n),
        ]);

        expect(outcomes.slice(0, fresh.length)).toEqual(
          fresh.map(() => ({ status: 'fulfilled', value: { nextRevision: 1n, alreadyAppended: false } })),
        );
        expect(outcomes[fresh.length]).toMatchObject({ status: 'rejected', reason: expect.any(PartialDuplicateAppend) });
        expect(outcomes[fresh.length + 1]).toMatchObject({ status: 'rejected', reason: expect.any(WrongExpectedVersion) });
        for (const id of fresh) expect(await store.readStream(id)).toHaveLength(2);
        expect(await store.readStream(stale)).toHaveLength(1);
      });

      it('creates a stream once when concurrent writers all expect no stream', async () => {
        const id = stream();
        const outcomes = await Promise.allSettled(Array.from({ length: 6 }, () => store.append(id, [event()], 'no_stream')));
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        expect(await store.readStream(id)).toHaveLength(1);
      });
    });

    describe('idempotency by event id', () => {
      it('treats the same batch appended again as already done and writes nothing twice', async () => {
        const id = stream();
        const batch = [event('a'), event('b')];
        await store.append(id, batch, 'no_stream');
        await store.append(id, [event('c')], 1n);
        const again = await store.append(id, batch, 'no_stream');
        expect(again).toEqual({ nextRevision: 1n, alreadyAppended: true });
        expect((await store.readStream(id)).map((e) => e.type)).toEqual(['a', 'b', 'c']);
      });

      it('writes a batch once when the same retry races itself', async () => {
        const id = stream();
        const batch = [event(), event()];
        const outcomes = await Promise.all(Array.from({ length: 5 }, () => store.append(id, batch, 'any')));
        expect(outcomes.filter((o) => !o.alreadyAppended)).toHaveLength(1);
        expect(outcomes.every((o) => o.nextRevision === 1n)).toBe(true);
        expect(await store.readStream(id)).toHaveLength(2);
      });

      it('refuses a batch of which only part was appended before, writing nothing', async () => {
        const id = stream();
        const first = event();
        await store.append(id, [first], 'no_stream');
        await expect(store.append(id, [first, event()], 'any')).rejects.toBeInstanceOf(PartialDuplicateAppend);
        await expect(store.append(stream(), [first], 'any')).rejects.toBeInstanceOf(PartialDuplicateAppend);
        expect(await store.readStream(id)).toHaveLength(1);
      });
    });

    describe('global log', () => {
      it('reads every stream in commit order, page by page, from a checkpoint', async () => {
        const [s1, s2] = [stream(), stream()];
        await store.append(s1, [event('1')], 'no_stream');
        await store.append(s2, [event('2'), event('3')], 'no_stream');
        await store.append(s1, [event('4')], 0n);
        const all = await readAllOf([s1, s2], 4);
        expect(all.map((e) => e.type)).toEqual(['1', '2', '3', '4']);

        const seen: string[] = [];
        let from = all[0].checkpoint;
        seen.push(all[0].type);
        for (;;) {
          const page = await store.readGlobalLog(from, 1);
          if (!page.events.length) {
            expect(page.next).toEqual(from);
            break;
          }
          seen.push(...page.events.filter((e) => [s1, s2].includes(e.streamId)).map((e) => e.type));
          from = page.next;
        }
        expect(seen).toEqual(['1', '2', '3', '4']);
      });

      it("counts the events after a checkpoint: a follower's lag, none at the head", async () => {
        const id = stream();
        await store.append(id, [event('1'), event('2'), event('3')], 'no_stream');
        const [first, , last] = await readAllOf([id], 3);
        expect(await store.countAfter(first.checkpoint)).toBe(2);
        expect(await store.countAfter(last.checkpoint)).toBe(0);
        const everything = await store.readGlobalLog(START_OF_LOG, 1_000_000);
        expect(await store.countAfter(START_OF_LOG)).toBe(everything.events.length);
      });

      it('keeps a subscriber checkpoint that only moves forward', async () => {
        const name = `subscriber-${randomUUID()}`;
        expect(await store.loadCheckpoint(name)).toEqual(START_OF_LOG);
        await store.storeCheckpoint(name, { transactionId: 10n, position: 7n });
        await store.storeCheckpoint(name, { transactionId: 9n, position: 99n });
        expect(await store.loadCheckpoint(name)).toEqual({ transactionId: 10n, position: 7n });
      });

      it('follows the log: catches up, goes live, and resumes after a stop without repeating', async () => {
        const id = stream();
        const subscriber = `follower-${randomUUID()}`;
        await store.append(id, [event('before')], 'no_stream');
        const seen: string[] = [];
        const follow = () =>
          followGlobalLog(store, {
            subscriber,
            pollMs: 50,
            handle: (events) => {
              seen.push(...events.filter((e) => e.streamId === id).map((e) => e.type));
              return Promise.resolve();
            },
          });
        const first = follow();
        await store.append(id, [event('live')], 0n);
        await eventually(() => expect(seen).toEqual(['before', 'live']));
        await first.stop();

        await store.append(id, [event('while-stopped')], 1n);
        const second = follow();
        await eventually(() => expect(seen).toEqual(['before', 'live', 'while-stopped']));
        await second.stop();
      });

      it('retries a failing event rather than skipping it', async () => {
        const id = stream();
        await store.append(id, [event('flaky'), event('next')], 'no_stream');
        const seen: string[] = [];
        let failures = 0;
        const follower = followGlobalLog(store, {
          subscriber: `retry-${randomUUID()}`,
          pollMs: 20,
          handle: (events) => {
            for (const e of events.filter((e) => e.streamId === id)) {
              if (e.type === 'flaky' && failures++ < 2) return Promise.reject(new Error('projection down'));
              seen.push(e.type);
            }
            return Promise.resolve();
          },
        });
        await eventually(() => expect(seen).toEqual(['flaky', 'next']));
        await follower.stop();
        expect(failures).toBe(3);
      });
    });

    it('keeps what it acknowledged across a restart', async () => {
      const id = stream();
      await store.append(id, [event('kept')], 'no_stream');
      await store.close();
      store = await harness.open();
      expect((await store.readStream(id)).map((e) => e.type)).toEqual(['kept']);
      await expect(store.append(id, [event()], 0n)).resolves.toMatchObject({ nextRevision: 1n });
    });
  });
}
