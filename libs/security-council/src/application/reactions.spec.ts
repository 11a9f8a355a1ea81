import { NoteArticle99NotificationWhenSent } from './note-article-99-notification-when-sent';
import { NoteAssessmentWhenTransmittedToCouncil } from './note-assessment-when-transmitted-to-council';
import { NoteEmergencySpecialSessionWhenConvenedOrClosed } from './note-emergency-special-session-when-convened-or-closed';
import { Actor } from '@rtop/kernel';
import { PUBLISHED, publishedBy, reactTo } from '@rtop/testing';

const { caseId, occurredAt } = PUBLISHED;
const sg: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
const ga: Actor = { body: 'un-general-assembly', person: 'pga', role: 'president' };

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
      publishedBy('secretary-general', 'assessment-transmitted', transmitted, sg),
    );
    expect(sent).toMatchObject({
      command: { type: 'note-assessment-transmitted', caseId, ...transmitted, actor: sg, at: new Date(occurredAt) },
      options: { idempotencyKey: 'note-assessment|event-7', causationId: 'event-7' },
    });
  });

  it('ignores a transmission to other organs only, and the same event type from another producer', async () => {
    const toAssembly = { ...transmitted, recipients: ['un-general-assembly'] };
    expect(
      await reactTo(NoteAssessmentWhenTransmittedToCouncil, publishedBy('secretary-general', 'assessment-transmitted', toAssembly, sg)),
    ).toEqual([]);
    expect(
      await reactTo(NoteAssessmentWhenTransmittedToCouncil, publishedBy('focal-point', 'assessment-transmitted', transmitted, sg)),
    ).toEqual([]);
  });

  it('notes an Art. 99 notification from the Secretary-General', async () => {
    const notified = { caseId, notificationId: 'n-1', summary: 'A threat to international peace and security' };
    const [sent] = await reactTo(
      NoteArticle99NotificationWhenSent,
      publishedBy('secretary-general', 'article-99-notification-sent', notified, sg),
    );
    expect(sent).toMatchObject({
      command: { type: 'note-article-99-notification', caseId, notificationId: 'n-1', summary: notified.summary, actor: sg },
      options: { idempotencyKey: 'note-article-99|event-7' },
    });
    expect(
      await reactTo(NoteArticle99NotificationWhenSent, publishedBy('general-assembly', 'article-99-notification-sent', notified, sg)),
    ).toEqual([]);
  });

  it('notes emergency special sessions convened and closed by the General Assembly', async () => {
    const session = { caseId, sessionId: 'ess-11' };
    const [convened] = await reactTo(
      NoteEmergencySpecialSessionWhenConvenedOrClosed,
      publishedBy('general-assembly', 'emergency-special-session-convened', session, ga),
    );
    expect(convened).toMatchObject({
      command: { type: 'note-emergency-special-session', caseId, sessionId: 'ess-11', status: 'convened', actor: ga },
      options: { idempotencyKey: 'note-emergency-special-session|event-7' },
    });
    const [closed] = await reactTo(
      NoteEmergencySpecialSessionWhenConvenedOrClosed,
      publishedBy('general-assembly', 'emergency-special-session-closed', session, ga),
    );
    expect(closed).toMatchObject({ command: { status: 'closed' } });
    expect(
      await reactTo(
        NoteEmergencySpecialSessionWhenConvenedOrClosed,
        publishedBy('general-assembly', 'emergency-special-session-requested', session, ga),
      ),
    ).toEqual([]);
    expect(
      await reactTo(
        NoteEmergencySpecialSessionWhenConvenedOrClosed,
        publishedBy('security-council', 'emergency-special-session-convened', session, ga),
      ),
    ).toEqual([]);
  });
});
