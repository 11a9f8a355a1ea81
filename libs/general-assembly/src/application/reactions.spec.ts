import { Actor } from '@rtop/kernel';
import { PUBLISHED, publishedBy, reactionOf } from '@rtop/testing';
import { GENERAL_ASSEMBLY_CASE } from './general-assembly-case-stream';
import { NoteCouncilRequestWhenSessionRequested } from './note-council-request-when-session-requested';
import { NoteVetoWhenDraftVetoed } from './note-veto-when-draft-vetoed';
import { PlaceAssessmentOnAgendaWhenTransmitted } from './place-assessment-on-agenda-when-transmitted';

const { caseId, occurredAt } = PUBLISHED;
const council: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
const sg: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };

describe('reactions to other contexts’ published events', () => {
  const transmitted = {
    transmissionId: 't-1',
    assessmentId: 'a-1',
    recipients: ['un-general-assembly'],
    contentDigest: 'sha256:x',
    content: {},
  };

  it('puts an assessment the Secretary-General transmits to the Assembly before it, keyed by the source event', async () => {
    const { reaction, sent } = reactionOf(PlaceAssessmentOnAgendaWhenTransmitted);
    expect(reaction.contexts).toEqual(['secretary-general']);
    await reaction.react(publishedBy('secretary-general', 'assessment-transmitted', transmitted, sg));
    expect(sent).toMatchObject([
      {
        kind: GENERAL_ASSEMBLY_CASE,
        command: { caseId, type: 'note-assessment-transmitted', assessmentId: 'a-1', actor: sg, at: new Date(occurredAt) },
        options: { idempotencyKey: 'agenda|event-7', causationId: 'event-7' },
      },
    ]);
  });

  it('leaves a transmission to other organs, and other events, alone', async () => {
    const { reaction, sent } = reactionOf(PlaceAssessmentOnAgendaWhenTransmitted);
    await reaction.react(
      publishedBy('secretary-general', 'assessment-transmitted', { ...transmitted, recipients: ['un-security-council'] }, sg),
    );
    await reaction.react(publishedBy('secretary-general', 'assessment-received', transmitted, sg));
    expect(sent).toEqual([]);
  });

  it('notes a Council veto with the debate due date the Council published', async () => {
    const { reaction, sent } = reactionOf(NoteVetoWhenDraftVetoed);
    expect(reaction.contexts).toEqual(['security-council']);
    const vetoed = { draftId: 'd-1', caseId, vetoedBy: ['member-state:RUS'], vetoDebateDueBy: '2008-02-18T10:00:00.000Z' };
    await reaction.react(publishedBy('security-council', 'draft-vetoed', vetoed, council));
    await reaction.react(publishedBy('security-council', 'draft-failed', vetoed, council));
    expect(sent).toMatchObject([
      {
        kind: GENERAL_ASSEMBLY_CASE,
        command: {
          caseId,
          type: 'note-veto',
          draftId: 'd-1',
          vetoedBy: ['member-state:RUS'],
          vetoDebateDueBy: '2008-02-18T10:00:00.000Z',
          actor: council,
        },
        options: { idempotencyKey: 'veto|event-7' },
      },
    ]);
  });

  it('notes the Council’s request for an emergency special session at the time the Council made it', async () => {
    const { reaction, sent } = reactionOf(NoteCouncilRequestWhenSessionRequested);
    expect(reaction.contexts).toEqual(['security-council']);
    await reaction.react(publishedBy('security-council', 'emergency-special-session-requested', { caseId, draftId: 'd-2' }, council));
    expect(sent).toMatchObject([
      {
        kind: GENERAL_ASSEMBLY_CASE,
        command: { caseId, type: 'note-council-request-for-session', draftId: 'd-2', actor: council, at: new Date(occurredAt) },
        options: { idempotencyKey: 'session-request|event-7' },
      },
    ]);
  });
});
