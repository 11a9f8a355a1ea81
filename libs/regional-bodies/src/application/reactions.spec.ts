import { CommandBus } from '@nestjs/cqrs';
import { EventLog, LoggedEvent } from '@rtop/event-log';
import { NoteAssessmentWhenTransmitted } from './note-assessment-when-transmitted';
import { NoteCouncilAuthorisationWhenAdopted } from './note-council-authorisation-when-adopted';
import { ExecuteOnStream } from '@rtop/commands';
import { Actor, CommandEnvelope, DomainEvent } from '@rtop/kernel';
import { DEFAULT_REGIONAL_RULES } from '../case/regional-rules';
import { RegionalCaseStream, regionalCaseStream } from './regional-case-stream';

type SentCommand = ExecuteOnStream<CommandEnvelope, DomainEvent, unknown>;

const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const sg: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
const council: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
const occurredAt = '2008-02-04T10:00:00.000Z';

const logged = (type: string, context: string, data: unknown, actor: Actor): LoggedEvent => ({
  eventId: 'event-7',
  type,
  data,
  metadata: { caseId, context, schemaVersion: 1, actor, occurredAt },
  streamId: `${context}-case-${caseId}`,
  revision: 3n,
  context,
  caseId,
  recordedAt: new Date(),
});

type Reaction = new (log: EventLog, commands: CommandBus, cases: RegionalCaseStream) => unknown;

const cases = regionalCaseStream(DEFAULT_REGIONAL_RULES);

/** Runs a reaction on one event and returns what it asked the regional bodies' context to do. */
async function reactTo(Reaction: Reaction, event: LoggedEvent) {
  const sent: SentCommand[] = [];
  const bus = {
    execute: (command: SentCommand) => {
      sent.push(command);
      return Promise.resolve();
    },
  } as unknown as CommandBus;
  const reaction = new Reaction({} as EventLog, bus, cases) as { react(event: LoggedEvent): Promise<void> };
  await reaction.react(event);
  return sent;
}

describe('what the regional bodies note from other contexts’ published events', () => {
  const transmitted = {
    transmissionId: 't-1',
    assessmentId: 'a-1',
    recipients: ['un-security-council', 'au-psc'],
    contentDigest: 'sha256:x',
    content: { a: 1 },
  };

  it('notes an assessment transmitted to a regional body, once per source event, at the time it was transmitted', async () => {
    const [sent] = await reactTo(NoteAssessmentWhenTransmitted, logged('assessment-transmitted', 'secretary-general', transmitted, sg));
    expect(sent.kind).toBe(cases);
    expect(sent).toMatchObject({
      command: { type: 'note-assessment-transmitted', caseId, ...transmitted, actor: sg, at: new Date(occurredAt) },
      options: { idempotencyKey: 'note-assessment|event-7', causationId: 'event-7' },
    });
  });

  it('ignores a transmission to UN organs only, and other events', async () => {
    const toCouncil = { ...transmitted, recipients: ['un-security-council'] };
    expect(await reactTo(NoteAssessmentWhenTransmitted, logged('assessment-transmitted', 'secretary-general', toCouncil, sg))).toEqual([]);
    expect(await reactTo(NoteAssessmentWhenTransmitted, logged('assessment-received', 'secretary-general', transmitted, sg))).toEqual([]);
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
      logged('council-decision-adopted', 'security-council', adopted, council),
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
      await reactTo(NoteCouncilAuthorisationWhenAdopted, logged('council-decision-adopted', 'security-council', unauthorised, council)),
    ).toEqual([]);
    expect(await reactTo(NoteCouncilAuthorisationWhenAdopted, logged('draft-vetoed', 'security-council', adopted, council))).toEqual([]);
  });
});
