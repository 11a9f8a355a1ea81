import { CommandBus } from '@nestjs/cqrs';
import { ExecuteOnStream } from '@rtop/commands';
import { EventLog, LoggedEvent } from '@rtop/event-log';
import { CommandEnvelope, DomainEvent } from '@rtop/kernel';
import { NoteAuthoritiesWhenRecorded } from './note-authorities-when-recorded';
import { ReceiveAssessmentWhenIssued } from './receive-assessment-when-issued';
import { CASE_RESPONSES, responsesStreamId } from './responses-stream';
import { SECRETARY_GENERAL_CASE, secretaryGeneralStreamId } from './secretary-general-case-stream';

const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const jointOffice = { body: 'un-joint-office', person: 'adviser-1', role: 'special-adviser' };
const council = { body: 'un-security-council', person: 'president', role: 'president' };
const occurredAt = '2008-01-30T10:00:00.000Z';

const logged = (type: string, context: string, data: unknown, actor: unknown): LoggedEvent =>
  ({
    eventId: 'event-7',
    type,
    data,
    context,
    caseId,
    metadata: { caseId, context, schemaVersion: 1, actor, occurredAt },
    streamId: `${context}-case-${caseId}`,
    revision: 3n,
  }) as unknown as LoggedEvent;

type Sent = ExecuteOnStream<CommandEnvelope, DomainEvent, unknown>;

/** Runs a reaction on one event and returns the commands it sent. */
async function reactTo(Reaction: new (log: EventLog, commands: CommandBus) => unknown, event: LoggedEvent): Promise<Sent[]> {
  const sent: Sent[] = [];
  const bus = { execute: (command: Sent) => Promise.resolve(void sent.push(command)) } as unknown as CommandBus;
  const reaction = new Reaction({} as EventLog, bus) as { react(event: LoggedEvent): Promise<void> };
  await reaction.react(event);
  return sent;
}

describe('what the Secretary-General takes from other bodies’ published events', () => {
  it('receives an issued assessment into its file on the case, once per source event', async () => {
    const content = { assessmentId: 'a-1', caseId, summary: 's' };
    const [sent] = await reactTo(
      ReceiveAssessmentWhenIssued,
      logged('assessment-issued', 'focal-point', { content, contentDigest: 'sha256:x' }, jointOffice),
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
    const [sent] = await reactTo(NoteAuthoritiesWhenRecorded, logged('council-decision-adopted', 'security-council', data, council));
    expect(sent.kind).toBe(CASE_RESPONSES);
    expect(sent.kind.addressOf(sent.command)).toEqual({ streamId: responsesStreamId(caseId), caseId });
    expect(sent).toMatchObject({
      command: { type: 'note-council-decision', caseId, decisionId: 'draft-7', sourceEventId: 'event-7', actor: council },
      options: { idempotencyKey: 'note|event-7', causationId: 'event-7' },
    });
  });

  it('sends nothing for events it does not take', async () => {
    expect(await reactTo(ReceiveAssessmentWhenIssued, logged('assessment-drafted', 'focal-point', {}, jointOffice))).toEqual([]);
    expect(await reactTo(NoteAuthoritiesWhenRecorded, logged('draft-vetoed', 'security-council', {}, council))).toEqual([]);
  });
});
