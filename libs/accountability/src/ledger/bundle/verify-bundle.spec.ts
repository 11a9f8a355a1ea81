import { ZERO_HASH, ledgerEntry } from '../ledger-entry';
import { LedgerTip } from '../ledger-tip';
import { CASE_ID, EXPORTED_AT, OTHER_CASE_ID, fixtureBundle, fixtureLedger, newLedgerKey } from './bundle.fixtures';
import { BUNDLE_FORMAT, CaseBundle, caseBundle } from './case-bundle';
import { BundleVerdict, describeFailure, verifyBundle } from './verify-bundle';

/** A bundle as it arrives from a file: plain JSON, free to be altered. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the spec alters any field, in any way, as a forger could
type Json = any;
const asJson = (bundle: CaseBundle): Json => JSON.parse(JSON.stringify(bundle));

const failureOf = (verdict: BundleVerdict) => {
  if (verdict.ok) throw new Error('the bundle verified');
  return verdict.failure;
};
const flipHex = (hex: string) => (hex[0] === '0' ? '1' : '0') + hex.slice(1);
const flipBase64 = (signature: string) => {
  const bytes = Buffer.from(signature, 'base64');
  bytes[7] ^= 0x01;
  return bytes.toString('base64');
};

describe('verifying a case bundle offline', () => {
  const key = newLedgerKey();
  const bundle = fixtureBundle(key);
  const events: string[] = bundle.entries.map((entry) => entry.event.eventId);

  it('passes a bundle as exported: every event of the case, its chains and their proofs in the signed log', () => {
    expect(bundle.format).toBe(BUNDLE_FORMAT);
    expect(bundle.entries.map((e) => e.event.type)).toEqual([
      'case-opened',
      'information-report-filed',
      'assessment-issued',
      'assessment-received',
      'assessment-transmitted',
      'draft-vetoed',
      'case-placed-under-monitoring',
    ]);
    const verdict = verifyBundle(asJson(bundle), { trustedKey: key.published.publicKey });
    expect(verdict).toEqual({
      ok: true,
      caseId: CASE_ID,
      events: 7,
      chains: 3,
      treeSize: 9,
      rootHash: bundle.checkpoint.rootHash,
      keyId: key.published.keyId,
      signedAt: EXPORTED_AT.toISOString(),
    });
  });

  it('holds a protected source as stored, by pseudonym and ciphertext, and needs nothing more to verify', () => {
    const report = bundle.entries.find((e) => e.event.type === 'information-report-filed')!;
    expect(report.event.data).toMatchObject({
      source: { kind: 'protected', pseudonym: 'src-7f3a', identity: expect.stringMatching(/^aes-256-gcm:/) },
    });
  });

  describe.each(bundle.entries.map((entry, position) => [position, entry.event.type] as const))('at entry %i (%s)', (position) => {
    const changes: Record<string, (entry: Json) => void> = {
      'event.eventId': (e) => (e.event.eventId = 'c0ffee00-0000-4000-8000-0000000000aa'),
      'event.type': (e) => (e.event.type = 'case-closed'),
      'event.context': (e) => (e.event.context = 'other-organs'),
      'event.streamId': (e) => (e.event.streamId = `${e.event.streamId}-x`),
      'event.revision': (e) => e.event.revision++,
      'event.caseId': (e) => (e.event.caseId = OTHER_CASE_ID),
      'event.actor': (e) => (e.event.actor.person = 'someone-else'),
      'event.occurredAt': (e) => (e.event.occurredAt = '2009-01-01T00:00:00.000Z'),
      'event.recordedAt': (e) => (e.event.recordedAt = '2009-01-01T00:00:00.000Z'),
      'event.data': (e) => (e.event.data = { ...e.event.data, note: 'inserted' }),
      'an added event field': (e) => (e.event.comment = 'x'),
      index: (e) => e.index++,
      eventHash: (e) => (e.eventHash = flipHex(e.eventHash)),
      prevHash: (e) => (e.prevHash = flipHex(e.prevHash)),
      entryHash: (e) => (e.entryHash = flipHex(e.entryHash)),
    };

    it.each(Object.keys(changes))('fails naming the event when %s is changed', (field) => {
      const altered = asJson(bundle);
      changes[field](altered.entries[position]);
      const failure = failureOf(verifyBundle(altered));
      expect(failure.eventId).toBe(altered.entries[position].event.eventId);
      expect(describeFailure(failure)).toContain(`event ${altered.entries[position].event.eventId}`);
    });

    it('fails naming the event when its content is changed and its hashes recomputed: it is no longer in the signed log', () => {
      const altered = asJson(bundle);
      const entry = altered.entries[position];
      const forged = ledgerEntry(entry.index, entry.prevHash, { ...entry.event, data: { forged: true } });
      altered.entries[position] = forged;
      expect(failureOf(verifyBundle(altered)).eventId).toBe(entry.event.eventId);
    });

    it('fails when the event is removed, naming the next event of its stream, or the removed one when it was the last', () => {
      const altered = asJson(bundle);
      const [removed] = altered.entries.splice(position, 1);
      const next = bundle.entries.slice(position + 1).find((e) => e.event.streamId === removed.event.streamId);
      const failure = failureOf(verifyBundle(altered));
      expect(failure.eventId).toBe(next?.event.eventId ?? removed.event.eventId);
      expect(failure.reason).toMatch(next ? /chain broken/ : /^missing/);
    });

    it('fails naming the event when it appears twice', () => {
      const altered = asJson(bundle);
      altered.entries.splice(position + 1, 0, altered.entries[position]);
      const failure = failureOf(verifyBundle(altered));
      expect(failure.eventId).toBe(events[position]);
      expect(failure.reason).toMatch(/appears twice/);
    });

    it('fails naming the event when its inclusion proof is missing or altered', () => {
      const missing = asJson(bundle);
      missing.inclusionProofs = missing.inclusionProofs.filter((p: Json) => p.eventId !== events[position]);
      expect(failureOf(verifyBundle(missing))).toMatchObject({
        eventId: events[position],
        reason: expect.stringMatching(/no inclusion proof/),
      });
      const altered = asJson(bundle);
      const proof = altered.inclusionProofs.find((p: Json) => p.eventId === events[position]);
      proof.path[0] = flipHex(proof.path[0]);
      expect(failureOf(verifyBundle(altered))).toMatchObject({
        eventId: events[position],
        reason: expect.stringMatching(/inclusion proof fails/),
      });
    });

    it('fails naming one of the two when its event and a later one trade places', () => {
      for (let other = position + 1; other < bundle.entries.length; other++) {
        const swappedEvents = asJson(bundle);
        [swappedEvents.entries[position].event, swappedEvents.entries[other].event] = [
          swappedEvents.entries[other].event,
          swappedEvents.entries[position].event,
        ];
        expect([events[position], events[other]]).toContain(failureOf(verifyBundle(swappedEvents)).eventId);

        const swappedEntries = asJson(bundle);
        [swappedEntries.entries[position], swappedEntries.entries[other]] = [
          swappedEntries.entries[other],
          swappedEntries.entries[position],
        ];
        const message = describeFailure(failureOf(verifyBundle(swappedEntries)));
        expect([events[position], events[other]].some((id) => message.includes(id))).toBe(true);
      }
    });
  });

  it('fails naming an added event: in a stream of its own it is outside the sealed chains, in a sealed stream it has no proof', () => {
    // The other case's entry at ledger index 5 stands between two of this case's entries.
    const between = bundle.entries.findIndex((e) => e.index > 5);
    const before = bundle.entries
      .slice(0, between)
      .filter((e) => e.event.streamId === bundle.entries[between].event.streamId)
      .pop()!;
    const inserted = ledgerEntry(5, before.entryHash, {
      ...before.event,
      eventId: 'c0ffee00-0000-4000-8000-0000000000fe',
      revision: before.event.revision + 1,
    });
    const inSealedStream = asJson(bundle);
    inSealedStream.entries.splice(between, 0, inserted);
    expect(failureOf(verifyBundle(inSealedStream))).toMatchObject({
      eventId: inserted.event.eventId,
      reason: expect.stringMatching(/no inclusion proof/),
    });

    const alone = ledgerEntry(5, ZERO_HASH, {
      ...inserted.event,
      eventId: 'c0ffee00-0000-4000-8000-0000000000ff',
      streamId: 'other-organs-case-x',
    });
    const inNewStream = asJson(bundle);
    inNewStream.entries.splice(between, 0, alone);
    expect(failureOf(verifyBundle(inNewStream))).toMatchObject({
      eventId: alone.event.eventId,
      reason: expect.stringMatching(/not among the case's sealed chains/),
    });

    const after = ledgerEntry(bundle.checkpoint.treeSize, ZERO_HASH, alone.event);
    const atTheEnd = asJson(bundle);
    atTheEnd.entries.push(after);
    expect(failureOf(verifyBundle(atTheEnd))).toMatchObject({
      eventId: alone.event.eventId,
      reason: expect.stringMatching(/beyond the checkpoint's tree/),
    });
  });

  it('fails on an altered checkpoint or seal signature, checkpoint, chain head or key', () => {
    const alterations: [string, (b: Json) => void, RegExp][] = [
      [
        'checkpoint signature',
        (b) => (b.checkpoint.signature = flipBase64(b.checkpoint.signature)),
        /checkpoint's signature does not verify/,
      ],
      ['seal signature', (b) => (b.sealSignature = flipBase64(b.sealSignature)), /seal's signature does not verify/],
      ['tree size', (b) => b.checkpoint.treeSize++, /checkpoint's signature does not verify/],
      ['root hash', (b) => (b.checkpoint.rootHash = flipHex(b.checkpoint.rootHash)), /checkpoint's signature does not verify/],
      ['chain length', (b) => (b.chains[0].length -= 1), /seal's signature does not verify/],
      ['chain dropped', (b) => b.chains.pop(), /seal's signature does not verify/],
      ['case', (b) => (b.caseId = OTHER_CASE_ID), /seal's signature does not verify/],
      ['key id', (b) => (b.publicKey.keyId = flipHex(b.publicKey.keyId)), /is not the id of the key/],
      ['public key', (b) => (b.publicKey = asJson(fixtureBundle()).publicKey), /checkpoint names key/],
    ];
    for (const [, alter, reason] of alterations) {
      const altered = asJson(bundle);
      alter(altered);
      expect(failureOf(verifyBundle(altered)).reason).toMatch(reason);
    }
  });

  it('passes a bundle rewritten and re-signed with another key only when no trusted key is given', () => {
    const tip = new LedgerTip();
    const rewritten = fixtureLedger().map(({ event }, i) => {
      const entry = tip.next(i === 0 ? { ...event, data: { rewritten: true } } : event);
      tip.advance(entry);
      return entry;
    });
    const forgery = caseBundle(CASE_ID, rewritten, newLedgerKey(), EXPORTED_AT);
    expect(verifyBundle(asJson(forgery)).ok).toBe(true);
    expect(failureOf(verifyBundle(asJson(forgery), { trustedKey: key.published.publicKey })).reason).toMatch(/not by the trusted key/);
    expect(failureOf(verifyBundle(asJson(forgery), { trustedKey: 'not a key' })).reason).toMatch(/trusted key given is not a public key/);
  });

  it('fails on what is not a bundle, or an entry missing a field, naming the field', () => {
    expect(failureOf(verifyBundle(null)).reason).toMatch(/not a case bundle/);
    expect(failureOf(verifyBundle({ ...asJson(bundle), format: 'rtop-case-bundle/0' })).reason).toMatch(/not a case bundle/);
    expect(failureOf(verifyBundle({ ...asJson(bundle), entries: [] })).reason).toMatch(/holds no events/);
    expect(failureOf(verifyBundle({ ...asJson(bundle), publicKey: { publicKey: 'nonsense' } })).reason).toMatch(/malformed bundle/);
    const altered = asJson(bundle);
    delete altered.entries[2].event.data;
    expect(failureOf(verifyBundle(altered))).toMatchObject({ eventId: events[2], reason: expect.stringMatching(/event\.data is missing/) });
  });

  it('reports its progress as it goes, ending at the last entry', () => {
    const seen: [number, number][] = [];
    verifyBundle(asJson(bundle), { onProgress: (checked, total) => seen.push([checked, total]) });
    expect(seen[seen.length - 1]).toEqual([7, 7]);
    expect(seen.map(([checked]) => checked)).toEqual([...seen.map(([checked]) => checked)].sort((a, b) => a - b));
  });
});
