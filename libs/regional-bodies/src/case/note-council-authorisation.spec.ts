import { given } from '@rtop/testing';
import { NoteCouncilAuthorisation } from './note-council-authorisation';
import { actorOf, at, authorisationNoted, caseId, decider, securityCouncil, noted } from './regional.fixtures';

const note = (overrides: Partial<NoteCouncilAuthorisation> = {}): NoteCouncilAuthorisation => ({
  type: 'note-council-authorisation',
  caseId,
  councilDecisionId: 'council-draft-1',
  chapter: 'VII',
  measures: [{ kind: 'regional-peace-operation', coercive: true }],
  authorisedBodies: ['au-psc', 'member-state:KEN'],
  actor: securityCouncil,
  at,
  ...overrides,
});

describe('note a Council authorisation', () => {
  it('records the authorisation for the regional bodies it names, as one that authorises enforcement', () => {
    given(decider, [noted]).when(note()).then([authorisationNoted()]);
  });

  it('records whether any measure authorised is coercive', () => {
    const measures = [{ kind: 'observer-mission', coercive: false }];
    given(decider, [noted])
      .when(note({ measures }))
      .then([authorisationNoted({ measures, authorisesEnforcement: false })]);
  });

  it('changes nothing when the same Council decision is delivered again', () => {
    given(decider, [noted, authorisationNoted()]).when(note()).then([]);
  });

  it('refuses an authorisation that names no regional body', () => {
    given(decider, [noted])
      .when(note({ authorisedBodies: ['member-state:KEN'] }))
      .thenRefuses('invalid', 'authorisation-names-a-regional-body');
  });

  it('comes from the Security Council only', () => {
    given(decider, [noted])
      .when(note({ actor: actorOf('au-psc') }))
      .thenRefuses('forbidden', 'remit', /un-security-council only/);
  });
});
