import { Actor, EventMetadata } from '@rtop/kernel';
import { noteFor } from './note-authorities-when-recorded';

const council: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
const kenya: Actor = { body: 'member-state:KEN', person: 'minister', role: 'minister' };
/** Where a logged event came from: its context, and the metadata its producer recorded. */
const from = (context: string, actor: Actor) => {
  const metadata: EventMetadata = {
    caseId: 'c0ffee00-0000-4000-8000-000000000001',
    context,
    schemaVersion: 1,
    actor,
    occurredAt: '2008-02-01T10:00:00.000Z',
  };
  return { context, metadata: metadata as unknown as Record<string, unknown> };
};
const envelope = (actor: Actor, sourceEventId: string) => ({ actor, at: new Date('2008-02-01T10:00:00.000Z'), sourceEventId });

describe('the notes taken from other bodies’ published events', () => {
  it('notes a Council decision by its draft id, with what it determined and whom it authorised', () => {
    const data = {
      draftId: 'draft-7',
      caseId: 'c0ffee00-0000-4000-8000-000000000001',
      chapter: 'VII',
      procedural: false,
      measures: [{ kind: 'use-of-force', coercive: true }],
      authorisedBodies: ['au-psc'],
      manifestFailureDetermined: true,
    };
    expect(noteFor({ eventId: 'e1', type: 'council-decision-adopted', data, ...from('security-council', council) })).toEqual({
      type: 'note-council-decision',
      decisionId: 'draft-7',
      chapter: 'VII',
      procedural: false,
      measures: [{ kind: 'use-of-force', coercive: true }],
      authorisedBodies: ['au-psc'],
      manifestFailureDetermined: true,
      ...envelope(council, 'e1'),
    });
  });

  it('notes a regional decision with the Council decision it acts under', () => {
    const auPsc: Actor = { body: 'au-psc', person: 'chair', role: 'chairperson' };
    const data = { decisionId: 'psc-1', caseId: 'c', body: 'au-psc', coercive: false, councilDecisionId: null };
    expect(noteFor({ eventId: 'e2', type: 'regional-decision-adopted', data, ...from('regional-bodies', auPsc) })).toEqual({
      type: 'note-regional-decision',
      decisionId: 'psc-1',
      body: 'au-psc',
      coercive: false,
      councilDecisionId: null,
      ...envelope(auPsc, 'e2'),
    });
  });

  it('notes a state’s request by its id, and its consent by the consent’s own id, or the request’s', () => {
    const kenyaSays = from('member-states', kenya);
    expect(
      noteFor({ eventId: 'e3', type: 'assistance-requested', data: { caseId: 'c', state: 'KEN', requestId: 'r1' }, ...kenyaSays }),
    ).toEqual({
      type: 'note-state-consent',
      state: 'KEN',
      requestOrConsentId: 'r1',
      form: 'request',
      ...envelope(kenya, 'e3'),
    });
    expect(
      noteFor({
        eventId: 'e4',
        type: 'assistance-consented',
        data: { caseId: 'c', state: 'KEN', consentId: 'c1', requestId: null },
        ...kenyaSays,
      }),
    ).toMatchObject({ type: 'note-state-consent', requestOrConsentId: 'c1', form: 'consent' });
    expect(
      noteFor({
        eventId: 'e5',
        type: 'assistance-consented',
        data: { caseId: 'c', state: 'member-state:KEN', requestId: 'r1' },
        ...kenyaSays,
      }),
    ).toMatchObject({ state: 'KEN', requestOrConsentId: 'r1', form: 'consent' });
  });

  it('ignores events of the same name from any other context, and every other event', () => {
    expect(noteFor({ eventId: 'e6', type: 'council-decision-adopted', data: {}, ...from('general-assembly', council) })).toBeUndefined();
    expect(noteFor({ eventId: 'e7', type: 'draft-vetoed', data: {}, ...from('security-council', council) })).toBeUndefined();
  });
});
