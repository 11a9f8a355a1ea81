import { Actor } from '@rtop/kernel';
import { PUBLISHED, publishedBy, reactTo } from '@rtop/testing';
import { NoteAuthoritiesWhenRecorded } from './note-authorities-when-recorded';
import { ReceiveAssessmentWhenIssued } from './receive-assessment-when-issued';
import { CASE_RESPONSES, responsesStreamId } from './responses-stream';
import { SECRETARY_GENERAL_CASE, secretaryGeneralStreamId } from './secretary-general-case-stream';

const { caseId, occurredAt } = PUBLISHED;
const jointOffice: Actor = { body: 'un-joint-office', person: 'adviser-1', role: 'special-adviser' };
const council: Actor = { body: 'un-security-council', person: 'president', role: 'president' };

describe('what the Secretary-General takes from other bodies’ published events', () => {
  it('receives an issued assessment into its file on the case, once per source event', async () => {
    const content = { assessmentId: 'a-1', caseId, summary: 's' };
    const [sent] = await reactTo(
      ReceiveAssessmentWhenIssued,
      publishedBy('focal-point', 'assessment-issued', { content, contentDigest: 'sha256:x' }, jointOffice),
    );
    expect(sent.kind).toBe(SECRETARY_GENERAL_CASE);
    expect(sent.kind.addressOf(sent.command)).toEqual({ streamId: secretaryGeneralStreamId(caseId), caseId });
    expect(sent).toMatchObject({
      command: {
        type: 'receive-assessment',
        caseId,
        assessmentId: 'a-1',
        content,
        contentDigest: 'sha256:x',
        issuedEventId: 'event-7',
        actor: jointOffice,
        at: new Date(occurredAt),
      },
      options: { idempotencyKey: 'receive|event-7', causationId: 'event-7' },
    });
  });

  it('notes a Council decision in the responses to the case', async () => {
    const data = {
      draftId: 'draft-7',
      caseId,
      chapter: 'VII',
      procedural: false,
      measures: [],
      authorisedBodies: [],
      manifestFailureDetermined: false,
    };
    const [sent] = await reactTo(NoteAuthoritiesWhenRecorded, publishedBy('security-council', 'council-decision-adopted', data, council));
    expect(sent.kind).toBe(CASE_RESPONSES);
    expect(sent.kind.addressOf(sent.command)).toEqual({ streamId: responsesStreamId(caseId), caseId });
    expect(sent).toMatchObject({
      command: { type: 'note-council-decision', caseId, decisionId: 'draft-7', sourceEventId: 'event-7', actor: council },
      options: { idempotencyKey: 'note|event-7', causationId: 'event-7' },
    });
  });

  it('sends nothing for events it does not take', async () => {
    expect(await reactTo(ReceiveAssessmentWhenIssued, publishedBy('focal-point', 'assessment-drafted', {}, jointOffice))).toEqual([]);
    expect(await reactTo(NoteAuthoritiesWhenRecorded, publishedBy('security-council', 'draft-vetoed', {}, council))).toEqual([]);
  });
});
