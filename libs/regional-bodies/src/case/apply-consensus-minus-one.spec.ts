import { given } from '@rtop/testing';
import { ApplyConsensusMinusOne } from './apply-consensus-minus-one';
import { actorOf, at, caseId, consensusFailed, decider, states, tabled, noted } from './regional.fixtures';
import { ConsensusMinusOneApplied } from './regional-events';

const PRAGUE = 'Prague Document on Further Development of CSCE Institutions and Structures (1992), para. 16';

const apply = (overrides: Partial<ApplyConsensusMinusOne> = {}): ApplyConsensusMinusOne => ({
  type: 'apply-consensus-minus-one',
  caseId,
  draftId: 'osce-draft-1',
  stateConcerned: 'member-state:SRB',
  basis: PRAGUE,
  actor: actorOf('osce'),
  at,
  ...overrides,
});

const applied: ConsensusMinusOneApplied = {
  type: 'consensus-minus-one-applied',
  data: { draftId: 'osce-draft-1', stateConcerned: 'member-state:SRB', basis: PRAGUE },
};

describe('apply consensus-minus-one (OSCE)', () => {
  it('records the explicit procedural decision, its basis and the one state concerned', () => {
    given(decider, [noted, tabled('osce')])
      .when(apply())
      .then([applied]);
  });

  it('may follow a failed consensus', () => {
    given(decider, [noted, tabled('osce'), consensusFailed('osce', states('SRB'), 'osce-draft-1')])
      .when(apply())
      .then([applied]);
  });

  it('is applied only with its basis cited', () => {
    given(decider, [noted, tabled('osce')])
      .when(apply({ basis: '  ' }))
      .thenRefuses('invalid', 'cited-basis');
  });

  it('sets aside one state only', () => {
    given(decider, [noted, tabled('osce'), applied])
      .when(apply({ stateConcerned: 'member-state:BLR' }))
      .thenRefuses('rule-violated', 'consensus-minus-one', /SRB is already set aside/);
  });

  it('names a member state', () => {
    given(decider, [noted, tabled('osce')])
      .when(apply({ stateConcerned: 'Yugoslavia' }))
      .thenRefuses('invalid', 'member-states');
  });

  it('is the OSCE’s to do, on an OSCE draft', () => {
    given(decider, [noted, tabled('osce')])
      .when(apply({ actor: actorOf('asean') }))
      .thenRefuses('forbidden', 'remit');
    given(decider, [noted, tabled('asean')])
      .when(apply({ draftId: 'asean-draft-1' }))
      .thenRefuses('not-found', 'draft-tabled');
  });
});
