import { given } from '@rtop/testing';
import { CloseVoting } from './close-voting';
import { generalAssemblyDecider } from './general-assembly-case';
import { assembly, assessmentPlaced, hoursAfter, kenya, tabled, vetoNoted, votesCast, noted } from './general-assembly.fixtures';
import { HoldVetoDebate } from './hold-veto-debate';
import { RecordVote } from './record-vote';

/** Acts done in the hall and entered later carry when they happened; none happened before what it depends on. */
const entered = hoursAfter(72);
const vote = (occurredAt: Date): RecordVote => ({
  type: 'record-vote',
  resolutionId: 'resolution-1',
  memberState: kenya,
  vote: 'yes',
  actor: assembly,
  at: entered,
  occurredAt,
});
const close = (occurredAt: Date): CloseVoting => ({
  type: 'close-voting',
  resolutionId: 'resolution-1',
  actor: assembly,
  at: entered,
  occurredAt,
});
const hold = (occurredAt: Date): HoldVetoDebate => ({
  type: 'hold-veto-debate',
  draftId: 'draft-1',
  actor: assembly,
  at: entered,
  occurredAt,
});

describe('the Assembly’s acts entered after they happened', () => {
  it('records a vote at the time it was cast, not the time it was entered', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced, tabled()])
      .when(vote(hoursAfter(2)))
      .then([
        {
          type: 'vote-recorded',
          data: { resolutionId: 'resolution-1', memberState: kenya, vote: 'yes', castAt: hoursAfter(2).toISOString() },
        },
      ]);
  });

  it('refuses a vote stated to have been cast before the draft was tabled', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced, tabled()])
      .when(vote(hoursAfter(-1)))
      .thenRefuses('rule-violated', 'occurred-before-tabled', /before tabled/);
  });

  it('refuses a close of the vote stated to be before the last vote was cast', () => {
    const lateVote = { ...votesCast({ yes: 1 })[0], data: { ...votesCast({ yes: 1 })[0].data, castAt: hoursAfter(3).toISOString() } };
    given(generalAssemblyDecider, [noted, assessmentPlaced, tabled(), lateVote])
      .when(close(hoursAfter(2)))
      .thenRefuses('rule-violated', 'occurred-before-votes');
    given(generalAssemblyDecider, [noted, assessmentPlaced, tabled(), lateVote])
      .when(close(hoursAfter(3)))
      .then([expect.objectContaining({ type: 'resolution-adopted' })] as never);
  });

  it('refuses a close of the vote stated to be before the draft was tabled', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced, tabled()])
      .when(close(hoursAfter(-2)))
      .thenRefuses('rule-violated', 'occurred-before-tabled');
  });

  it('records the veto debate as held when it was held, and not before the veto', () => {
    given(generalAssemblyDecider, [noted, vetoNoted()])
      .when(hold(hoursAfter(48)))
      .then([{ type: 'veto-debate-held', data: { draftId: 'draft-1', heldAt: hoursAfter(48).toISOString() } }]);
    given(generalAssemblyDecider, [noted, vetoNoted()])
      .when(hold(hoursAfter(-24)))
      .thenRefuses('rule-violated', 'occurred-before-veto');
  });

  it('checks nothing against a time the record does not hold (events recorded before times were kept)', () => {
    const { tabledAt: _tabledAt, ...untimed } = tabled().data;
    given(generalAssemblyDecider, [noted, assessmentPlaced, { type: 'draft-resolution-tabled', data: untimed }])
      .when(vote(hoursAfter(-1000)))
      .then([
        {
          type: 'vote-recorded',
          data: { resolutionId: 'resolution-1', memberState: kenya, vote: 'yes', castAt: hoursAfter(-1000).toISOString() },
        },
      ]);
  });
});
