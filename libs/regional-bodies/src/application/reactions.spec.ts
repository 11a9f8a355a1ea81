import { NoteAssessmentWhenTransmitted } from './note-assessment-when-transmitted';
import { NoteCouncilAuthorisationWhenAdopted } from './note-council-authorisation-when-adopted';
import { Actor } from '@rtop/kernel';
import { PUBLISHED, publishedBy, reactTo } from '@rtop/testing';
import { DEFAULT_REGIONAL_RULES } from '../case/regional-rules';
import { regionalCaseStream } from './regional-case-stream';

const { caseId, occurredAt } = PUBLISHED;
const sg: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
const council: Actor = { body: 'un-security-council', person: 'president', role: 'president' };

const cases = regionalCaseStream(DEFAULT_REGIONAL_RULES);

describe('what the regional bodies note from other contexts’ published events', () => {
  const transmitted = {
    transmissionId: 't-1',
    assessmentId: 'a-1',
    recipients: ['un-security-council', 'au-psc'],
    contentDigest: 'sha256:x',
    content: { a: 1 },
  };

  it('notes an assessment transmitted to a regional body, once per source event, at the time it was transmitted', async () => {
    const [sent] = await reactTo(
      NoteAssessmentWhenTransmitted,
      publishedBy('secretary-general', 'assessment-transmitted', transmitted, sg),
      cases,
    );
    expect(sent.kind).toBe(cases);
    expect(sent).toMatchObject({
      command: { type: 'note-assessment-transmitted', caseId, ...transmitted, actor: sg, at: new Date(occurredAt) },
      options: { idempotencyKey: 'note-assessment|event-7', causationId: 'event-7' },
    });
  });

  it('ignores a transmission to UN organs only, and other events', async () => {
    const toCouncil = { ...transmitted, recipients: ['un-security-council'] };
    expect(
      await reactTo(NoteAssessmentWhenTransmitted, publishedBy('secretary-general', 'assessment-transmitted', toCouncil, sg), cases),
    ).toEqual([]);
    expect(
      await reactTo(NoteAssessmentWhenTransmitted, publishedBy('secretary-general', 'assessment-received', transmitted, sg), cases),
    ).toEqual([]);
  });

  const adopted = {
    draftId: 'draft-9',
    caseId,
    chapter: 'VIII',
    procedural: false,
    measures: [{ kind: 'regional-enforcement', coercive: true }],
    authorisedBodies: ['au-psc'],
    manifestFailureDetermined: true,
  };

  it('notes a Council decision authorising a regional body, once per source event', async () => {
    const [sent] = await reactTo(
      NoteCouncilAuthorisationWhenAdopted,
      publishedBy('security-council', 'council-decision-adopted', adopted, council),
      cases,
    );
    expect(sent).toMatchObject({
      command: {
        type: 'note-council-authorisation',
        caseId,
        councilDecisionId: 'draft-9',
        chapter: 'VIII',
        measures: adopted.measures,
        authorisedBodies: ['au-psc'],
        actor: council,
        at: new Date(occurredAt),
      },
      options: { idempotencyKey: 'note-council-authorisation|event-7', causationId: 'event-7' },
    });
  });

  it('ignores Council decisions that authorise no regional body, and other events', async () => {
    const unauthorised = { ...adopted, authorisedBodies: [] };
    expect(
      await reactTo(
        NoteCouncilAuthorisationWhenAdopted,
        publishedBy('security-council', 'council-decision-adopted', unauthorised, council),
        cases,
      ),
    ).toEqual([]);
    expect(
      await reactTo(NoteCouncilAuthorisationWhenAdopted, publishedBy('security-council', 'draft-vetoed', adopted, council), cases),
    ).toEqual([]);
  });
});
