import { CommandBus } from '@nestjs/cqrs';
import { EventLog, LoggedEvent } from '@rtop/event-log';
import { Actor, AssessmentTransmittedV1, AssessmentTransmittedV2, CommandEnvelope, DomainError, DomainEvent } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { NoteAssessmentWhenTransmittedToCouncil } from './note-assessment-when-transmitted-to-council';

type SentCommand = ExecuteOnStream<CommandEnvelope, DomainEvent, unknown>;

const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const sg: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
const occurredAt = '2008-02-04T10:00:00.000Z';

const stored = (data: unknown, schemaVersion: number): LoggedEvent => ({
  eventId: 'event-7',
  type: 'assessment-transmitted',
  data,
  context: 'secretary-general',
  caseId,
  metadata: { caseId, context: 'secretary-general', schemaVersion, actor: sg, occurredAt },
  streamId: `secretary-general-case-${caseId}`,
  revision: 3n,
  recordedAt: new Date(),
});

async function reactTo(event: LoggedEvent): Promise<SentCommand[]> {
  const sent: SentCommand[] = [];
  const bus = {
    execute: (command: SentCommand) => {
      sent.push(command);
      return Promise.resolve();
    },
  } as unknown as CommandBus;
  const reaction = new NoteAssessmentWhenTransmittedToCouncil({} as EventLog, bus) as unknown as {
    react(event: LoggedEvent): Promise<void>;
  };
  await reaction.react(event);
  return sent;
}

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
    const [fromV1] = await reactTo(stored(v1, 1));
    const [fromV2] = await reactTo(stored(v2, 2));
    expect(fromV1.command).toEqual(fromV2.command);
    expect(fromV1).toMatchObject({ command: { type: 'note-assessment-transmitted', caseId, ...v1, actor: sg, at: new Date(occurredAt) } });
  });

  it('refuses an event that fits no version with a domain error, which the reaction logs and passes over', async () => {
    await expect(reactTo(stored({ ...v1, recipients: undefined }, 1))).rejects.toBeInstanceOf(DomainError);
    await expect(reactTo(stored({ ...v1, recipients: undefined }, 1))).rejects.toMatchObject({ rule: 'published-contract' });
  });
});
