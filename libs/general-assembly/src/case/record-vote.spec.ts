import { given } from '@rtop/testing';
import { generalAssemblyDecider } from './general-assembly-case';
import { ResolutionAdopted, VoteRecorded } from './general-assembly-events';
import {
  assembly,
  assessmentPlaced,
  at,
  delegation,
  kenya,
  nthMemberState,
  securityCouncil,
  tabled,
  votesCast,
  noted,
} from './general-assembly.fixtures';
import { RecordVote } from './record-vote';
import { MemberState, Vote, tally } from './resolution';

const vote = (overrides: Partial<RecordVote> = {}): RecordVote => ({
  type: 'record-vote',
  resolutionId: 'resolution-1',
  memberState: kenya,
  vote: 'yes',
  actor: assembly,
  at,
  ...overrides,
});

const recorded = (memberState: MemberState, cast: Vote): VoteRecorded => ({
  type: 'vote-recorded',
  data: { resolutionId: 'resolution-1', memberState, vote: cast, castAt: at.toISOString() },
});

describe('record a member state’s vote', () => {
  it('records yes, no and abstain', () => {
    for (const cast of ['yes', 'no', 'abstain'] as const) {
      given(generalAssemblyDecider, [noted, assessmentPlaced, tabled()])
        .when(vote({ vote: cast }))
        .then([recorded(kenya, cast)]);
    }
  });

  it('records one vote per member', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced, tabled(), ...votesCast({ yes: 1 })])
      .when(vote({ memberState: nthMemberState(0), vote: 'no' }))
      .thenRefuses('rule-violated', 'one-vote-per-member', new RegExp(nthMemberState(0)));
  });

  describe('Art. 19 arrears', () => {
    const rules = { abstentionsCountAsVoting: false, inArrears: [kenya], exemptedFromArrears: [] };

    it('refuses any vote from a member in arrears, abstention included', () => {
      given(generalAssemblyDecider, [noted, assessmentPlaced, tabled({ votingRules: rules })])
        .when(vote())
        .thenRefuses('rule-violated', 'art-19-arrears', /member-state:KEN/);
      given(generalAssemblyDecider, [noted, assessmentPlaced, tabled({ votingRules: rules })])
        .when(vote({ vote: 'abstain' }))
        .thenRefuses('rule-violated', 'art-19-arrears');
    });

    it('records the vote of a member in arrears whom the Assembly exempted', () => {
      given(generalAssemblyDecider, [noted, assessmentPlaced, tabled({ votingRules: { ...rules, exemptedFromArrears: [kenya] } })])
        .when(vote())
        .then([recorded(kenya, 'yes')]);
    });
  });

  it('names a member state', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced, tabled()])
      .when(vote({ memberState: 'un-security-council' }))
      .thenRefuses('invalid', 'member-state');
  });

  it('names a state by a code ISO 3166-1 assigns: a made-up member-state:XXX casts no vote', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced, tabled()])
      .when(vote({ memberState: 'member-state:XXX' }))
      .thenRefuses('invalid', 'member-state', /member-state:XXX/);
  });

  it('takes votes from Members only: an observer State takes part without a vote (Art. 18(1))', () => {
    for (const observer of ['member-state:PSE', 'member-state:VAT']) {
      given(generalAssemblyDecider, [noted, assessmentPlaced, tabled()])
        .when(vote({ memberState: observer }))
        .thenRefuses('rule-violated', 'un-membership', new RegExp(`${observer} is a non-member observer State`));
    }
  });

  it('records votes on a tabled draft only, while voting is open', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced]).when(vote()).thenRefuses('not-found', 'resolution-tabled');
    const closed: ResolutionAdopted = {
      type: 'resolution-adopted',
      data: {
        resolutionId: 'resolution-1',
        tally: tally({ importantQuestion: true, votingRules: tabled().data.votingRules, votes: new Map() }),
      },
    };
    given(generalAssemblyDecider, [noted, assessmentPlaced, tabled(), closed]).when(vote()).thenRefuses('conflict', 'voting-open');
  });

  it('is recorded by the Assembly only, not by a delegation nor the Council', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced, tabled()])
      .when(vote({ actor: delegation(kenya) }))
      .thenRefuses('forbidden', 'remit');
    given(generalAssemblyDecider, [noted, assessmentPlaced, tabled()])
      .when(vote({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
  });
});
