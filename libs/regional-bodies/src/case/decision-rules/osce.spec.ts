import { given } from '@rtop/testing';
import { RecordConsensusOutcome } from '../record-consensus-outcome';
import { RecordVote } from '../record-vote';
import { RegionalCaseEvent } from '../regional-events';
import { actorOf, adopted, at, caseId, decider, rollCall, states, tabled, noted } from '../regional.fixtures';

const consensus = (objections: string[]): RecordConsensusOutcome => ({
  type: 'record-consensus-outcome',
  caseId,
  body: 'osce',
  draftId: 'osce-draft-1',
  objections,
  actor: actorOf('osce'),
  at,
});
const minusOne: RegionalCaseEvent = {
  type: 'consensus-minus-one-applied',
  data: { draftId: 'osce-draft-1', stateConcerned: 'member-state:SRB', basis: 'Prague Document (1992), para. 16' },
};

describe('OSCE: consensus, the absence of objection', () => {
  it('adopts when no participating State objects', () => {
    given(decider, [noted, tabled('osce')])
      .when(consensus([]))
      .then([{ type: 'consensus-reached', data: { draftId: 'osce-draft-1', body: 'osce', disregarded: [] } }, adopted('osce')]);
  });

  it('fails on a single objection', () => {
    given(decider, [noted, tabled('osce')])
      .when(consensus(states('SRB')))
      .then([
        {
          type: 'consensus-failed',
          data: { draftId: 'osce-draft-1', body: 'osce', objectors: states('SRB'), disregarded: [], failedAt: at.toISOString() },
        },
      ]);
  });

  it('does not vote', () => {
    const vote: RecordVote = {
      type: 'record-vote',
      caseId,
      body: 'osce',
      draftId: 'osce-draft-1',
      votes: rollCall(56, 1),
      actor: actorOf('osce'),
      at,
    };
    given(decider, [noted, tabled('osce')])
      .when(vote)
      .thenRefuses('rule-violated', 'osce-consensus');
  });

  it('does not count the one state concerned once consensus-minus-one is applied, and counts every other', () => {
    given(decider, [noted, tabled('osce'), minusOne])
      .when(consensus(states('SRB')))
      .then([{ type: 'consensus-reached', data: { draftId: 'osce-draft-1', body: 'osce', disregarded: states('SRB') } }, adopted('osce')]);
    given(decider, [noted, tabled('osce'), minusOne])
      .when(consensus(states('SRB', 'RUS')))
      .then([
        {
          type: 'consensus-failed',
          data: { draftId: 'osce-draft-1', body: 'osce', objectors: states('RUS'), disregarded: states('SRB'), failedAt: at.toISOString() },
        },
      ]);
  });
});
