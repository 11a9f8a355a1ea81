import { generateKeyPairSync } from 'node:crypto';
import { deterministicUuid } from '@rtop/kernel';
import { LedgerEntry, LedgerEvent } from '../ledger-entry';
import { LedgerKey, ledgerKey } from '../ledger-key';
import { LedgerTip } from '../ledger-tip';
import { CaseBundle, caseBundle } from './case-bundle';

export const CASE_ID = 'c0ffee00-0000-4000-8000-00000000b001';
export const OTHER_CASE_ID = 'c0ffee00-0000-4000-8000-00000000b002';
export const EXPORTED_AT = new Date('2008-03-01T00:00:00.000Z');

export function newLedgerKey(): LedgerKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  return ledgerKey(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

const ACTORS = {
  'focal-point': { body: 'un-joint-office', person: 'analyst-1', role: 'analyst' },
  'secretary-general': { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' },
  'security-council': { body: 'un-security-council', person: 'president', role: 'president' },
} as const;

type Context = keyof typeof ACTORS;

/**
 * Two cases' events as the ledger receives them: interleaved across contexts, one case's
 * protected source kept by pseudonym with its identity as ciphertext, as the store keeps them.
 */
const HISTORY: readonly [string, Context, string, unknown][] = [
  [CASE_ID, 'focal-point', 'case-opened', { caseId: CASE_ID, situation: 'Rising attacks on a minority', crimes: ['genocide'] }],
  [
    CASE_ID,
    'focal-point',
    'information-report-filed',
    { reportId: 'r-1', source: { kind: 'protected', pseudonym: 'src-7f3a', identity: 'aes-256-gcm:3q2+7w==:c2VjcmV0' }, credibility: 'B2' },
  ],
  [OTHER_CASE_ID, 'focal-point', 'case-opened', { caseId: OTHER_CASE_ID, situation: 'Incitement on radio', crimes: ['genocide'] }],
  [CASE_ID, 'focal-point', 'assessment-issued', { assessmentId: 'a-1', contentDigest: 'sha256:ab', content: { risk: 'high' } }],
  [CASE_ID, 'secretary-general', 'assessment-received', { assessmentId: 'a-1' }],
  [OTHER_CASE_ID, 'focal-point', 'assessment-issued', { assessmentId: 'a-2', contentDigest: 'sha256:cd', content: { risk: 'moderate' } }],
  [
    CASE_ID,
    'secretary-general',
    'assessment-transmitted',
    {
      transmissionId: 't-1',
      assessmentId: 'a-1',
      recipients: ['un-security-council', 'un-general-assembly'],
      contentDigest: 'sha256:ab',
      content: { risk: 'high' },
    },
  ],
  [
    CASE_ID,
    'security-council',
    'draft-vetoed',
    { draftId: 'd-1', caseId: CASE_ID, vetoedBy: ['member-state:RUS'], vetoDebateDueBy: '2008-02-20T00:00:00.000Z' },
  ],
  [CASE_ID, 'focal-point', 'case-placed-under-monitoring', { reason: 'veto' }],
];

export function fixtureLedger(): LedgerEntry[] {
  const tip = new LedgerTip();
  const revisions = new Map<string, number>();
  return HISTORY.map(([caseId, context, type, data], i) => {
    const streamId = `${context}-case-${caseId}`;
    const revision = revisions.get(streamId) ?? 0;
    revisions.set(streamId, revision + 1);
    const at = new Date(Date.UTC(2008, 0, 1 + i, 10)).toISOString();
    const event: LedgerEvent = {
      eventId: deterministicUuid(`fixture|${i}`),
      type,
      context,
      streamId,
      revision,
      caseId,
      actor: ACTORS[context],
      occurredAt: at,
      recordedAt: at,
      data,
    };
    const entry = tip.next(event);
    tip.advance(entry);
    return entry;
  });
}

export const fixtureBundle = (key: LedgerKey = newLedgerKey()): CaseBundle => caseBundle(CASE_ID, fixtureLedger(), key, EXPORTED_AT);
