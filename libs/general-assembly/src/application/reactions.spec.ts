import { CommandBus } from '@nestjs/cqrs';
import { EventLog, LoggedEvent } from '@rtop/event-log';
import { ExecuteOnStream } from '@rtop/commands';
import { Actor, CommandEnvelope, DomainEvent } from '@rtop/kernel';
import { GENERAL_ASSEMBLY_CASE } from './general-assembly-case-stream';
import { NoteCouncilRequestWhenSessionRequested } from './note-council-request-when-session-requested';
import { NoteVetoWhenDraftVetoed } from './note-veto-when-draft-vetoed';
import { PlaceAssessmentOnAgendaWhenTransmitted } from './place-assessment-on-agenda-when-transmitted';

type SentCommand = ExecuteOnStream<CommandEnvelope, DomainEvent, unknown>;

const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const council: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
const sg: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
const occurredAt = '2008-02-04T10:00:00.000Z';

const logged = (context: string, type: string, data: unknown, actor: Actor): LoggedEvent => ({
  eventId: 'event-7',
  type,
  data,
  metadata: { caseId, context, schemaVersion: 1, actor, occurredAt },
  streamId: `${context}-case-${caseId}`,
  revision: 3n,
  recordedAt: new Date(),
  context,
  caseId,
});

type Reaction = { react(event: LoggedEvent): Promise<void>; contexts: readonly string[] };

/** A reaction wired to a bus that only remembers what it was asked to do. */
function reactionOf(Reaction: new (log: EventLog, commands: CommandBus) => object) {
  const sent: SentCommand[] = [];
  const bus = {
    execute: (command: SentCommand) => {
      sent.push(command);
      return Promise.resolve();
    },
  } as unknown as CommandBus;
  return { reaction: new Reaction({} as EventLog, bus) as unknown as Reaction, sent };
}

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
    await reaction.react(logged('secretary-general', 'assessment-transmitted', transmitted, sg));
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
      logged('secretary-general', 'assessment-transmitted', { ...transmitted, recipients: ['un-security-council'] }, sg),
    );
    await reaction.react(logged('secretary-general', 'assessment-received', transmitted, sg));
    expect(sent).toEqual([]);
  });

  it('notes a Council veto with the debate due date the Council published', async () => {
    const { reaction, sent } = reactionOf(NoteVetoWhenDraftVetoed);
    expect(reaction.contexts).toEqual(['security-council']);
    const vetoed = { draftId: 'd-1', caseId, vetoedBy: ['member-state:RUS'], vetoDebateDueBy: '2008-02-18T10:00:00.000Z' };
    await reaction.react(logged('security-council', 'draft-vetoed', vetoed, council));
    await reaction.react(logged('security-council', 'draft-failed', vetoed, council));
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
    await reaction.react(logged('security-council', 'emergency-special-session-requested', { caseId, draftId: 'd-2' }, council));
    expect(sent).toMatchObject([
      {
        kind: GENERAL_ASSEMBLY_CASE,
        command: { caseId, type: 'note-council-request-for-session', draftId: 'd-2', actor: council, at: new Date(occurredAt) },
        options: { idempotencyKey: 'session-request|event-7' },
      },
    ]);
  });
});
