import { CommandBus } from '@nestjs/cqrs';
import { EventLog, LoggedEvent } from '@rtop/event-log';
import { NoteArticle99NotificationWhenSent } from './note-article-99-notification-when-sent';
import { NoteAssessmentWhenTransmittedToCouncil } from './note-assessment-when-transmitted-to-council';
import { NoteEmergencySpecialSessionWhenConvenedOrClosed } from './note-emergency-special-session-when-convened-or-closed';
import { ExecuteOnStream } from '@rtop/commands';
import { Actor, CommandEnvelope, DomainEvent } from '@rtop/kernel';

type SentCommand = ExecuteOnStream<CommandEnvelope, DomainEvent, unknown>;

const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const sg: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
const ga: Actor = { body: 'un-general-assembly', person: 'pga', role: 'president' };
const occurredAt = '2008-02-04T10:00:00.000Z';

const recorded = (type: string, context: string, data: unknown, actor: Actor): LoggedEvent => ({
  eventId: 'event-7',
  type,
  data,
  context,
  caseId,
  metadata: { caseId, context, schemaVersion: 1, actor, occurredAt },
  streamId: `${context}-case-${caseId}`,
  revision: 3n,
  recordedAt: new Date(),
});

/** Runs a reaction on one event and returns what it asked the Council's context to do. */
async function reactTo(Reaction: new (store: EventLog, commands: CommandBus) => unknown, event: LoggedEvent): Promise<SentCommand[]> {
  const sent: SentCommand[] = [];
  const bus = {
    execute: (command: SentCommand) => {
      sent.push(command);
      return Promise.resolve();
    },
  } as unknown as CommandBus;
  const reaction = new Reaction({} as EventLog, bus) as { react(event: LoggedEvent): Promise<void> };
  await reaction.react(event);
  return sent;
}

describe('what the Council notes from other contexts’ published events', () => {
  const transmitted = {
    transmissionId: 't-1',
    assessmentId: 'a-1',
    recipients: ['un-security-council'],
    contentDigest: 'sha256:x',
    content: { a: 1 },
  };

  it('notes an assessment transmitted to the Council, once per source event, at the time it was transmitted', async () => {
    const [sent] = await reactTo(
      NoteAssessmentWhenTransmittedToCouncil,
      recorded('assessment-transmitted', 'secretary-general', transmitted, sg),
    );
    expect(sent).toMatchObject({
      command: { type: 'note-assessment-transmitted', caseId, ...transmitted, actor: sg, at: new Date(occurredAt) },
      options: { idempotencyKey: 'note-assessment|event-7', causationId: 'event-7' },
    });
  });

  it('ignores a transmission to other organs only, and the same event type from another producer', async () => {
    const toAssembly = { ...transmitted, recipients: ['un-general-assembly'] };
    expect(
      await reactTo(NoteAssessmentWhenTransmittedToCouncil, recorded('assessment-transmitted', 'secretary-general', toAssembly, sg)),
    ).toEqual([]);
    expect(
      await reactTo(NoteAssessmentWhenTransmittedToCouncil, recorded('assessment-transmitted', 'focal-point', transmitted, sg)),
    ).toEqual([]);
  });

  it('notes an Art. 99 notification from the Secretary-General', async () => {
    const notified = { caseId, notificationId: 'n-1', summary: 'A threat to international peace and security' };
    const [sent] = await reactTo(
      NoteArticle99NotificationWhenSent,
      recorded('article-99-notification-sent', 'secretary-general', notified, sg),
    );
    expect(sent).toMatchObject({
      command: { type: 'note-article-99-notification', caseId, notificationId: 'n-1', summary: notified.summary, actor: sg },
      options: { idempotencyKey: 'note-article-99|event-7' },
    });
    expect(
      await reactTo(NoteArticle99NotificationWhenSent, recorded('article-99-notification-sent', 'general-assembly', notified, sg)),
    ).toEqual([]);
  });

  it('notes emergency special sessions convened and closed by the General Assembly', async () => {
    const session = { caseId, sessionId: 'ess-11' };
    const [convened] = await reactTo(
      NoteEmergencySpecialSessionWhenConvenedOrClosed,
      recorded('emergency-special-session-convened', 'general-assembly', session, ga),
    );
    expect(convened).toMatchObject({
      command: { type: 'note-emergency-special-session', caseId, sessionId: 'ess-11', status: 'convened', actor: ga },
      options: { idempotencyKey: 'note-emergency-special-session|event-7' },
    });
    const [closed] = await reactTo(
      NoteEmergencySpecialSessionWhenConvenedOrClosed,
      recorded('emergency-special-session-closed', 'general-assembly', session, ga),
    );
    expect(closed).toMatchObject({ command: { status: 'closed' } });
    expect(
      await reactTo(
        NoteEmergencySpecialSessionWhenConvenedOrClosed,
        recorded('emergency-special-session-requested', 'general-assembly', session, ga),
      ),
    ).toEqual([]);
    expect(
      await reactTo(
        NoteEmergencySpecialSessionWhenConvenedOrClosed,
        recorded('emergency-special-session-convened', 'security-council', session, ga),
      ),
    ).toEqual([]);
  });
});
