import { given } from '@rtop/testing';
import { RecordConsensusOutcome } from '../record-consensus-outcome';
import { RecordVote } from '../record-vote';
import { RegionalCaseEvent } from '../regional-events';
import { actorOf, adopted, at, caseId, consensusFailed, decider, rollCall, states, tabled, noted } from '../regional.fixtures';

const consensus = (objections: string[]): RecordConsensusOutcome => ({
  type: 'record-consensus-outcome',
  caseId,
  body: 'asean',
  draftId: 'asean-draft-1',
  objections,
  actor: actorOf('asean'),
  at,
});
const vote = (votes: RecordVote['votes']): RecordVote => ({
  type: 'record-vote',
  caseId,
  body: 'asean',
  draftId: 'asean-draft-1',
  votes,
  actor: actorOf('asean'),
  at,
});
const failed = consensusFailed('asean', states('MMR'));
const summitDecided = (mode: Extract<RegionalCaseEvent, { type: 'summit-decision-mode-recorded' }>['data']['mode']): RegionalCaseEvent => ({
  type: 'summit-decision-mode-recorded',
  data: { draftId: 'asean-draft-1', mode, basis: 'ASEAN Charter Art. 20(2)' },
});

describe('ASEAN: consultation and consensus', () => {
  it('adopts when no objection is recorded', () => {
    given(decider, [noted, tabled('asean')])
      .when(consensus([]))
      .then([{ type: 'consensus-reached', data: { draftId: 'asean-draft-1', body: 'asean', disregarded: [] } }, adopted('asean')]);
  });

  it('records a failure when a member objects', () => {
    given(decider, [noted, tabled('asean')])
      .when(consensus(states('MMR')))
      .then([failed]);
  });

  it('does not vote unless the Summit decided so', () => {
    given(decider, [noted, tabled('asean'), failed])
      .when(vote(rollCall(10, 1)))
      .thenRefuses('rule-violated', 'asean-consensus', /Art\. 20\(2\)/);
  });

  it('votes by the majority the Summit decided', () => {
    const [taken] = given(decider, [
      noted,
      tabled('asean'),
      failed,
      summitDecided({ kind: 'vote', majority: { fraction: 'two-thirds', of: 'member-states' } }),
    ])
      .when(vote(rollCall(8, 1)))
      .result();
    expect(taken).toMatchObject({ data: { carried: true, majority: { base: 11, required: 8 } } });
  });

  it('sets aside only the objections the Summit named', () => {
    const history = [tabled('asean'), failed, summitDecided({ kind: 'consensus-minus', notCounted: states('MMR') })];
    given(decider, [noted, ...history])
      .when(consensus(states('MMR')))
      .then([
        { type: 'consensus-reached', data: { draftId: 'asean-draft-1', body: 'asean', disregarded: states('MMR') } },
        adopted('asean'),
      ]);
    given(decider, [noted, ...history])
      .when(consensus(states('MMR', 'KHM')))
      .then([
        {
          type: 'consensus-failed',
          data: {
            draftId: 'asean-draft-1',
            body: 'asean',
            objectors: states('KHM'),
            disregarded: states('MMR'),
            failedAt: at.toISOString(),
          },
        },
      ]);
  });
});
