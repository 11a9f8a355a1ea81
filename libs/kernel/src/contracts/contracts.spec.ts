import { DomainError, InvalidCommand } from '../domain-error';
import {
  ASSESSMENT_TRANSMITTED,
  AssessmentTransmittedV1,
  AssessmentTransmittedV2,
  DRAFT_VETOED,
  PUBLISHED_CONTRACTS,
  currentSchemaVersion,
  readPublished,
} from './index';

const caseId = '7658bf95-2c4e-4f0a-8d3b-1e9a6c5d7f42';
const occurredAt = '2008-01-03T14:02:11.503Z';
const v1: AssessmentTransmittedV1 = {
  transmissionId: '9107ec7f-3a2b-4c5d-8e6f-7a8b9c0d1e2f',
  assessmentId: '5556f0e4-1b2c-4d3e-9f4a-5b6c7d8e9f01',
  recipients: ['un-security-council', 'au-psc'],
  contentDigest: 'sha256:21c7',
  content: { assessmentId: '5556f0e4-1b2c-4d3e-9f4a-5b6c7d8e9f01', risks: [{ crime: 'crimes-against-humanity', level: 'high' }] },
};
const stored = (data: unknown, schemaVersion?: number, type = 'assessment-transmitted', context = 'secretary-general') => ({
  eventId: 'event-1',
  context,
  type,
  caseId,
  data,
  metadata: { caseId, context, ...(schemaVersion === undefined ? {} : { schemaVersion }), occurredAt },
});

describe('published contracts', () => {
  it('declares each published event once, by its producing context', () => {
    const names = PUBLISHED_CONTRACTS.map((c) => `${c.context}/${c.type}`);
    expect(new Set(names).size).toBe(names.length);
    for (const contract of PUBLISHED_CONTRACTS) {
      expect(contract.versions.map((v) => v.version)).toEqual(Array.from({ length: contract.version }, (_, i) => i + 1));
      expect(contract.versions.slice(1).every((v) => typeof v.upcast === 'function')).toBe(true);
    }
  });

  it('has producers write each contract in its current version, and every other event in version 1', () => {
    expect(currentSchemaVersion('secretary-general', 'assessment-transmitted')).toBe(2);
    expect(currentSchemaVersion('security-council', 'draft-vetoed')).toBe(1);
    expect(currentSchemaVersion('secretary-general', 'good-offices-offered')).toBe(1);
  });
});

describe('reading a published event', () => {
  it('reads a stored version 1 assessment-transmitted as version 2, through the one upcaster: the case and time from its envelope', () => {
    const read: AssessmentTransmittedV2 = readPublished(stored(v1, 1), ASSESSMENT_TRANSMITTED);
    expect(read).toEqual({ ...v1, caseId, transmittedAt: occurredAt });
  });

  it('reads an event written before versions were recorded as version 1', () => {
    expect(readPublished(stored(v1), ASSESSMENT_TRANSMITTED)).toEqual({ ...v1, caseId, transmittedAt: occurredAt });
  });

  it('reads a version 2 event as written, and ignores fields it does not know', () => {
    const v2: AssessmentTransmittedV2 = { ...v1, caseId, transmittedAt: '2008-01-03T14:00:00.000Z' };
    expect(readPublished(stored({ ...v2, addedLater: true }, 2), ASSESSMENT_TRANSMITTED)).toEqual(v2);
  });

  it('keeps the assessment content exactly as sent: its digest is over every field', () => {
    const content = { ...v1.content, unknownToTheContract: { nested: [1, 2] } };
    expect(readPublished(stored({ ...v1, content }, 1), ASSESSMENT_TRANSMITTED).content).toEqual(content);
  });

  it('refuses data that fits no schema with a domain error, so a reaction logs it and passes over it', () => {
    const refusal = () => readPublished(stored({ ...v1, recipients: 'un-security-council' }, 1), ASSESSMENT_TRANSMITTED);
    expect(refusal).toThrow(InvalidCommand);
    expect(refusal).toThrow(/recipients/);
    try {
      refusal();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).rule).toBe('published-contract');
    }
  });

  it('refuses a version 2 event that lacks what version 2 requires', () => {
    expect(() => readPublished(stored(v1, 2), ASSESSMENT_TRANSMITTED)).toThrow(/caseId|transmittedAt/);
  });

  it('refuses a schema version the consumer does not know yet', () => {
    expect(() => readPublished(stored(v1, 3), ASSESSMENT_TRANSMITTED)).toThrow(/schema version 3; this consumer reads versions 1 to 2/);
  });

  it('refuses another event than the contract’s', () => {
    expect(() => readPublished(stored(v1, 1), DRAFT_VETOED)).toThrow(InvalidCommand);
  });
});
