import { createHash } from 'node:crypto';
import { LedgerEvent, ZERO_HASH, eventHash, ledgerEntry, linkHash } from './ledger-entry';
import { LedgerTip } from './ledger-tip';

const caseId = 'c0ffee00-0000-4000-8000-0000000000a1';
const event = (eventId: string, streamId: string, revision: number, data: unknown = { n: revision }): LedgerEvent => ({
  eventId,
  type: 'assessment-issued',
  context: 'focal-point',
  streamId,
  revision,
  caseId,
  actor: { body: 'un-joint-office', person: 'analyst-1', role: 'analyst' },
  occurredAt: '2008-01-02T10:00:00.000Z',
  recordedAt: '2008-01-02T10:00:01.000Z',
  data,
});

describe('the hash of an event', () => {
  it('is SHA-256 over the RFC 8785 encoding of every field, data as stored', () => {
    const e = event('e-1', 'focal-point-case-1', 0, { source: { kind: 'protected', pseudonym: 'src-7f3a' }, b: 2, a: [1, 'x'] });
    const jcs =
      '{"actor":{"body":"un-joint-office","person":"analyst-1","role":"analyst"},"caseId":"c0ffee00-0000-4000-8000-0000000000a1","context":"focal-point",' +
      '"data":{"a":[1,"x"],"b":2,"source":{"kind":"protected","pseudonym":"src-7f3a"}},"eventId":"e-1","occurredAt":"2008-01-02T10:00:00.000Z",' +
      '"recordedAt":"2008-01-02T10:00:01.000Z","revision":0,"streamId":"focal-point-case-1","type":"assessment-issued"}';
    expect(eventHash(e)).toBe(createHash('sha256').update(jcs).digest('hex'));
  });

  it('does not depend on the order fields arrive in', () => {
    const e = event('e-1', 's', 0, { a: 1, b: { c: 2, d: 3 } });
    const reordered = Object.fromEntries(Object.entries({ ...e, data: { b: { d: 3, c: 2 }, a: 1 } }).reverse()) as unknown as LedgerEvent;
    expect(eventHash(reordered)).toBe(eventHash(e));
  });

  it('changes with any field', () => {
    const e = event('e-1', 's', 0);
    const changes: Partial<LedgerEvent>[] = [
      { eventId: 'e-2' },
      { type: 'assessment-transmitted' },
      { context: 'secretary-general' },
      { streamId: 't' },
      { revision: 1 },
      { caseId: 'c0ffee00-0000-4000-8000-0000000000a2' },
      { actor: { ...e.actor!, person: 'analyst-2' } },
      { actor: null },
      { occurredAt: null },
      { recordedAt: '2008-01-02T10:00:02.000Z' },
      { data: { n: 1 } },
    ];
    for (const change of changes) expect(eventHash({ ...e, ...change })).not.toBe(eventHash(e));
  });
});

describe('the ledger entry', () => {
  it('links its event hash to the previous link of its chain', () => {
    const first = ledgerEntry(0, ZERO_HASH, event('e-1', 's', 0));
    expect(first.entryHash).toBe(
      createHash('sha256')
        .update(Buffer.from(ZERO_HASH + first.eventHash, 'hex'))
        .digest('hex'),
    );
    const second = ledgerEntry(1, first.entryHash, event('e-2', 's', 1));
    expect(second.prevHash).toBe(first.entryHash);
    expect(second.entryHash).toBe(linkHash(first.entryHash, second.eventHash));
  });
});

describe('the tip of the ledger', () => {
  it('starts each chain at the zero hash and links each later event of a stream to the one before', () => {
    const tip = new LedgerTip();
    const a0 = tip.next(event('a-0', 'stream-a', 0));
    tip.advance(a0);
    const b0 = tip.next(event('b-0', 'stream-b', 0));
    tip.advance(b0);
    const a1 = tip.next(event('a-1', 'stream-a', 1));
    expect([a0.index, b0.index, a1.index]).toEqual([0, 1, 2]);
    expect([a0.prevHash, b0.prevHash, a1.prevHash]).toEqual([ZERO_HASH, ZERO_HASH, a0.entryHash]);
  });

  it('keeps a chain per stream and case, so a stream shared by cases gives each case a whole chain', () => {
    const tip = new LedgerTip();
    const one = tip.next(event('s-0', 'focal-point-source-x', 0));
    tip.advance(one);
    const other = tip.next({ ...event('s-1', 'focal-point-source-x', 1), caseId: 'c0ffee00-0000-4000-8000-0000000000a2' });
    expect(other.prevHash).toBe(ZERO_HASH);
  });

  it('rebuilt from the entries, goes on exactly as the tip that entered them', () => {
    const tip = new LedgerTip();
    const entries = ['a', 'b', 'c'].map((id, revision) => {
      const entry = tip.next(event(id, 's', revision));
      tip.advance(entry);
      return entry;
    });
    const rebuilt = LedgerTip.of(entries);
    expect(rebuilt.size).toBe(3);
    expect(rebuilt.next(event('d', 's', 3))).toEqual(tip.next(event('d', 's', 3)));
  });

  it('started from the size alone, enters an event only once told the head of its chain, and then goes on as the whole tip', () => {
    const whole = new LedgerTip();
    for (const [id, stream] of [
      ['a', 's'],
      ['b', 't'],
      ['c', 's'],
    ])
      whole.advance(whole.next(event(id, stream, 0)));
    const started = LedgerTip.at(3);
    const d = event('d', 's', 2);
    expect(started.knowsChainOf(d)).toBe(false);
    expect(() => started.next(d)).toThrow(/not known/);
    started.learn(d, whole.next(d).prevHash);
    expect(started.next(d)).toEqual(whole.next(d));
    started.advance(started.next(d));
    whole.advance(whole.next(d));
    // What it entered itself it knows; another chain it must still learn.
    expect(started.next(event('e', 's', 3))).toEqual(whole.next(event('e', 's', 3)));
    expect(started.knowsChainOf(event('f', 't', 1))).toBe(false);
    expect(LedgerTip.at(0).knowsChainOf(d)).toBe(true);
  });

  it('refuses an entry that does not come next, so the ledger cannot fork or leave a gap', () => {
    const tip = new LedgerTip();
    const entry = tip.next(event('a', 's', 0));
    tip.advance(entry);
    expect(() => tip.advance(entry)).toThrow(RangeError);
    expect(() => tip.advance({ ...entry, index: 5 })).toThrow(RangeError);
  });
});
