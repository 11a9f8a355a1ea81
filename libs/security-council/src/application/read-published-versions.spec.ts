import { Actor, AssessmentTransmittedV1, AssessmentTransmittedV2, DomainError } from '@rtop/kernel';
import { PUBLISHED, publishedBy, reactTo } from '@rtop/testing';
import { NoteAssessmentWhenTransmittedToCouncil } from './note-assessment-when-transmitted-to-council';

const { caseId, occurredAt } = PUBLISHED;
const sg: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };

/** The Secretary-General's transmission as stored under one version of its contract. */
const stored = (data: unknown, schemaVersion: number) =>
  publishedBy('secretary-general', 'assessment-transmitted', data, sg, { schemaVersion });

describe('a consumer of assessment-transmitted, written against version 2', () => {
  const v1: AssessmentTransmittedV1 = {
    transmissionId: 't-1',
    assessmentId: 'a-1',
    recipients: ['un-security-council'],
    contentDigest: 'sha256:x',
    content: { a: 1 },
  };
  const v2: AssessmentTransmittedV2 = { ...v1, caseId, transmittedAt: occurredAt };

  it('reads a version 1 event stored before version 2 existed, upcast, as it reads a version 2 event', async () => {
    const [fromV1] = await reactTo(NoteAssessmentWhenTransmittedToCouncil, stored(v1, 1));
    const [fromV2] = await reactTo(NoteAssessmentWhenTransmittedToCouncil, stored(v2, 2));
    expect(fromV1.command).toEqual(fromV2.command);
    expect(fromV1).toMatchObject({ command: { type: 'note-assessment-transmitted', caseId, ...v1, actor: sg, at: new Date(occurredAt) } });
  });

  it('refuses an event that fits no version with a domain error, which the reaction logs and passes over', async () => {
    await expect(reactTo(NoteAssessmentWhenTransmittedToCouncil, stored({ ...v1, recipients: undefined }, 1))).rejects.toBeInstanceOf(
      DomainError,
    );
    await expect(reactTo(NoteAssessmentWhenTransmittedToCouncil, stored({ ...v1, recipients: undefined }, 1))).rejects.toMatchObject({
      rule: 'published-contract',
    });
  });
});
