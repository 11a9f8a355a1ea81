import { generateKeyPairSync } from 'node:crypto';
import { CaseBundle, LedgerEntry, LedgerEvent, LedgerKey, LedgerTip, caseBundle, ledgerKey } from '@rtop/accountability';
import { deterministicUuid } from '@rtop/kernel';

export const CASE_ID = 'c0ffee00-0000-4000-8000-00000000b001';
const OTHER_CASE_ID = 'c0ffee00-0000-4000-8000-00000000b002';
export const EXPORTED_AT = new Date('2008-03-01T00:00:00.000Z');

export function newLedgerKey(): LedgerKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return ledgerKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

/** The ledger of `events` in their order, each chained to the one before it in its stream. */
export function ledgerOf(events: readonly LedgerEvent[]): LedgerEntry[] {
  const tip = new LedgerTip();
  return events.map((event) => {
    const entry = tip.next(event);
    tip.advance(entry);
    return entry;
  });
}

const ACTORS = {
  'focal-point': { body: 'un-joint-office', person: 'analyst-1', role: 'analyst' },
  'secretary-general': { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' },
  'security-council': { body: 'un-security-council', person: 'president', role: 'president' },
} as const;

/** Two cases' events as the ledger receives them, interleaved across contexts: the exported case's seven in three streams. */
const HISTORY: readonly [string, keyof typeof ACTORS, string, unknown][] = [
  [CASE_ID, 'focal-point', 'case-opened', { caseId: CASE_ID, situation: 'Rising attacks on a minority' }],
  [CASE_ID, 'focal-point', 'information-report-filed', { reportId: 'r-1', credibility: 'B2' }],
  [OTHER_CASE_ID, 'focal-point', 'case-opened', { caseId: OTHER_CASE_ID, situation: 'Incitement on radio' }],
  [CASE_ID, 'focal-point', 'assessment-issued', { assessmentId: 'a-1', content: { risk: 'high' } }],
  [CASE_ID, 'secretary-general', 'assessment-received', { assessmentId: 'a-1' }],
  [OTHER_CASE_ID, 'focal-point', 'assessment-issued', { assessmentId: 'a-2', content: { risk: 'moderate' } }],
  [
    CASE_ID,
    'secretary-general',
    'assessment-transmitted',
    { assessmentId: 'a-1', recipients: ['un-security-council', 'un-general-assembly'] },
  ],
  [CASE_ID, 'security-council', 'draft-vetoed', { draftId: 'd-1', vetoedBy: ['member-state:RUS'] }],
  [CASE_ID, 'focal-point', 'case-placed-under-monitoring', { reason: 'veto' }],
];

function historyEvents(): LedgerEvent[] {
  const revisions = new Map<string, number>();
  return HISTORY.map(([caseId, context, type, data], i) => {
    const streamId = `${context}-case-${caseId}`;
    const revision = revisions.get(streamId) ?? 0;
    revisions.set(streamId, revision + 1);
    const at = new Date(Date.UTC(2008, 0, 1 + i, 10)).toISOString();
    const eventId = deterministicUuid(`cli-fixture|${i}`);
    return { eventId, type, context, streamId, revision, caseId, actor: ACTORS[context], occurredAt: at, recordedAt: at, data };
  });
}

/** The exported case's bundle under a checkpoint of the whole nine-entry ledger, signed by `key`. */
export const fixtureBundle = (key: LedgerKey = newLedgerKey()): CaseBundle =>
  caseBundle(CASE_ID, ledgerOf(historyEvents()), key, EXPORTED_AT);
