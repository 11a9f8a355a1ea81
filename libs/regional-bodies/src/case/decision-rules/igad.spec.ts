import { given } from '@rtop/testing';
import { RecordConsensusOutcome } from '../record-consensus-outcome';
import { RecordVote } from '../record-vote';
import { regionalCaseDecider } from '../regional-case';
import { ConfiguredRule, DEFAULT_REGIONAL_RULES } from '../regional-rules';
import { actorOf, adopted, at, caseId, consensusFailed, decider, rollCall, states, tabled, noted } from '../regional.fixtures';

const consensus = (objections: string[]): RecordConsensusOutcome => ({
  type: 'record-consensus-outcome',
  caseId,
  body: 'igad',
  draftId: 'igad-draft-1',
  objections,
  actor: actorOf('igad'),
  at,
});
const vote: RecordVote = {
  type: 'record-vote',
  caseId,
  body: 'igad',
  draftId: 'igad-draft-1',
  votes: rollCall(5, 2),
  actor: actorOf('igad'),
  at,
};
const configured = (rule: ConfiguredRule) =>
  regionalCaseDecider({ ...DEFAULT_REGIONAL_RULES, igad: { ...DEFAULT_REGIONAL_RULES.igad, rule } });
const twoThirds = { fraction: 'two-thirds', of: 'members-voting' } as const;

describe('IGAD: a configurable decision rule, consensus by default', () => {
  it('decides by consensus by default', () => {
    given(decider, [noted, tabled('igad')])
      .when(consensus([]))
      .then([{ type: 'consensus-reached', data: { draftId: 'igad-draft-1', body: 'igad', disregarded: [] } }, adopted('igad')]);
    given(decider, [noted, tabled('igad')])
      .when(consensus(states('ERI')))
      .then([consensusFailed('igad', states('ERI'))]);
    given(decider, [noted, tabled('igad'), consensusFailed('igad', states('ERI'))])
      .when(vote)
      .thenRefuses('rule-violated', 'igad-decision-rule');
  });

  it('votes after a failed consensus where configured so', () => {
    const fallback = configured({ kind: 'consensus-then-vote', majority: twoThirds });
    given(fallback, [noted, tabled('igad')])
      .when(vote)
      .thenRefuses('rule-violated', 'consensus-first');
    const events = given(fallback, [noted, tabled('igad'), consensusFailed('igad', states('ERI'))])
      .when(vote)
      .result();
    expect(events[0]).toMatchObject({ data: { carried: true, majority: { ...twoThirds, base: 7, required: 5 } } });
  });

  it('votes straight away, and never seeks consensus, where configured to vote', () => {
    const voting = configured({ kind: 'vote', majority: twoThirds });
    expect(
      given(voting, [noted, tabled('igad')])
        .when(vote)
        .result()
        .map((e) => e.type),
    ).toEqual(['regional-vote-taken', 'regional-decision-adopted']);
    given(voting, [noted, tabled('igad')])
      .when(consensus([]))
      .thenRefuses('rule-violated', 'igad-decision-rule');
  });
});
