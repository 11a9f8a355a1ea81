import { given } from '@rtop/testing';
import { RecordConsensusOutcome } from './record-consensus-outcome';
import { actorOf, adopted, at, caseId, consensusFailed, decider, someStates, states, tabled, noted } from './regional.fixtures';

const outcome = (overrides: Partial<RecordConsensusOutcome> = {}): RecordConsensusOutcome => ({
  type: 'record-consensus-outcome',
  caseId,
  body: 'au-psc',
  draftId: 'au-psc-draft-1',
  objections: [],
  actor: actorOf('au-psc'),
  at,
  ...overrides,
});

describe('record the outcome of seeking consensus', () => {
  it('adopts the draft by consensus when no objection is raised, and says it was by consensus', () => {
    given(decider, [noted, tabled('au-psc')])
      .when(outcome())
      .then([{ type: 'consensus-reached', data: { draftId: 'au-psc-draft-1', body: 'au-psc', disregarded: [] } }, adopted('au-psc')]);
  });

  it('records the failure, and who objected, when an objection is raised', () => {
    given(decider, [noted, tabled('au-psc')])
      .when(outcome({ objections: states('EGY') }))
      .then([consensusFailed('au-psc', states('EGY'))]);
  });

  it('may seek consensus again after it failed', () => {
    given(decider, [noted, tabled('au-psc'), consensusFailed('au-psc', states('EGY'))])
      .when(outcome())
      .then([{ type: 'consensus-reached', data: { draftId: 'au-psc-draft-1', body: 'au-psc', disregarded: [] } }, adopted('au-psc')]);
  });

  it('concerns a draft tabled before this body', () => {
    given(decider, [noted]).when(outcome()).thenRefuses('not-found', 'draft-tabled');
    given(decider, [noted, tabled('au-psc')])
      .when(outcome({ body: 'igad', actor: actorOf('igad') }))
      .thenRefuses('not-found', 'draft-tabled');
  });

  it('decides a draft once', () => {
    given(decider, [
      noted,
      tabled('au-psc'),
      { type: 'consensus-reached', data: { draftId: 'au-psc-draft-1', body: 'au-psc', disregarded: [] } },
    ])
      .when(outcome())
      .thenRefuses('conflict', 'decided-once');
  });

  it('hears objections from member states, each once, no more than the body has', () => {
    given(decider, [noted, tabled('au-psc')])
      .when(outcome({ objections: ['un-ocha'] }))
      .thenRefuses('invalid', 'member-states');
    given(decider, [noted, tabled('au-psc')])
      .when(outcome({ objections: states('EGY', 'EGY') }))
      .thenRefuses('invalid', 'member-states');
    given(decider, [noted, tabled('au-psc')])
      .when(outcome({ objections: someStates(16) }))
      .thenRefuses('invalid', 'membership', /16 states.*15 members/);
  });

  it('is recorded by the body itself: another body acts outside its remit', () => {
    given(decider, [noted, tabled('au-psc')])
      .when(outcome({ actor: actorOf('au-assembly') }))
      .thenRefuses('forbidden', 'remit');
  });
});
