import { given } from '@rtop/testing';
import { RecordConsensusOutcome } from '../record-consensus-outcome';
import { RecordVote } from '../record-vote';
import { actorOf, at, caseId, decider, rollCall, someStates, states, tabled, noted } from '../regional.fixtures';

const vote = (votes: RecordVote['votes']): RecordVote => ({
  type: 'record-vote',
  caseId,
  body: 'oas',
  draftId: 'oas-draft-1',
  votes,
  actor: actorOf('oas'),
  at,
});
const majorityOf = (events: readonly { data: unknown }[]) =>
  events[0].data as { carried: boolean; majority: { base: number; required: number } };

describe('OAS: majorities of the Member States', () => {
  it('adopts with an absolute majority of the Member States, however many abstain or stay away', () => {
    expect(
      majorityOf(
        given(decider, [noted, tabled('oas')])
          .when(vote(rollCall(18, 0, 10)))
          .result(),
      ),
    ).toMatchObject({ carried: true, majority: { base: 34, required: 18 } });
    expect(
      majorityOf(
        given(decider, [noted, tabled('oas')])
          .when(vote(rollCall(17, 0)))
          .result(),
      ),
    ).toMatchObject({ carried: false });
  });

  it('needs two-thirds where the matter requires it', () => {
    const qualified = tabled('oas', { twoThirdsRequired: true });
    expect(
      majorityOf(
        given(decider, [noted, qualified])
          .when(vote(rollCall(22, 0)))
          .result(),
      ),
    ).toMatchObject({ carried: false, majority: { required: 23 } });
    expect(
      majorityOf(
        given(decider, [noted, qualified])
          .when(vote(rollCall(23, 11)))
          .result(),
      ),
    ).toMatchObject({ carried: true });
  });

  it('excludes the parties to a dispute from the vote and from its base', () => {
    const dispute = tabled('oas', { twoThirdsRequired: true, parties: states('COL', 'ECU') });
    given(decider, [noted, dispute])
      .when(vote([...rollCall(22, 0), { state: 'member-state:ECU', vote: 'no' }]))
      .thenRefuses('rule-violated', 'parties-excluded', /ECU/);
    expect(
      majorityOf(
        given(decider, [noted, dispute])
          .when(vote(rollCall(22, 0)))
          .result(),
      ),
    ).toMatchObject({ carried: true, majority: { base: 32, required: 22 } });
    given(decider, [noted, dispute])
      .when(vote(someStates(33).map((state) => ({ state, vote: 'yes' as const }))))
      .thenRefuses('invalid', 'membership');
  });

  it('decides by vote, not by consensus', () => {
    const consensus: RecordConsensusOutcome = {
      type: 'record-consensus-outcome',
      caseId,
      body: 'oas',
      draftId: 'oas-draft-1',
      objections: [],
      actor: actorOf('oas'),
      at,
    };
    given(decider, [noted, tabled('oas')])
      .when(consensus)
      .thenRefuses('rule-violated', 'oas-decides-by-vote');
  });
});
