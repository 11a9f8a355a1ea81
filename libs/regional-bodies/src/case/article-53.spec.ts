import { given } from '@rtop/testing';
import { RecordConsensusOutcome } from './record-consensus-outcome';
import { actorOf, adopted, at, authorisationNoted, caseId, decider, rollCall, tabled, noted } from './regional.fixtures';
import { RecordVote } from './record-vote';
import { RegionalCaseEvent } from './regional-events';

const agree = (overrides: Partial<RecordConsensusOutcome> = {}): RecordConsensusOutcome => ({
  type: 'record-consensus-outcome',
  caseId,
  body: 'au-psc',
  draftId: 'au-psc-draft-1',
  objections: [],
  actor: actorOf('au-psc'),
  at,
  ...overrides,
});

const reached: RegionalCaseEvent = { type: 'consensus-reached', data: { draftId: 'au-psc-draft-1', body: 'au-psc', disregarded: [] } };
const enforcement = tabled('au-psc', { coercive: true, councilDecisionId: 'council-draft-1' });

describe('Charter Art. 53(1): regional enforcement action needs the Council’s authorisation', () => {
  it('adopts enforcement action linked to a noted Council authorisation naming the body', () => {
    given(decider, [noted, authorisationNoted(), enforcement])
      .when(agree())
      .then([reached, adopted('au-psc', { coercive: true, councilDecisionId: 'council-draft-1' })]);
  });

  it('refuses enforcement action that links no authorisation', () => {
    given(decider, [noted, tabled('au-psc', { coercive: true })])
      .when(agree())
      .thenRefuses('rule-violated', 'article-53-council-authorisation', /links no Council authorisation/);
  });

  it('refuses enforcement action linked to an authorisation not noted on the case', () => {
    given(decider, [noted, enforcement])
      .when(agree())
      .thenRefuses('rule-violated', 'article-53-council-authorisation', /has been noted/);
  });

  it('refuses enforcement action under an authorisation naming another body', () => {
    given(decider, [noted, authorisationNoted({ bodies: ['igad'] }), enforcement])
      .when(agree())
      .thenRefuses('rule-violated', 'article-53-council-authorisation', /authorises igad, not au-psc/);
  });

  it('refuses enforcement action under an authorisation of no coercive measure', () => {
    given(decider, [
      noted,
      authorisationNoted({ measures: [{ kind: 'observers', coercive: false }], authorisesEnforcement: false }),
      enforcement,
    ])
      .when(agree())
      .thenRefuses('rule-violated', 'article-53-council-authorisation', /no coercive measure/);
  });

  it('holds on a vote as on consensus', () => {
    const vote: RecordVote = {
      type: 'record-vote',
      caseId,
      body: 'oas',
      draftId: 'oas-draft-1',
      votes: rollCall(30, 0),
      actor: actorOf('oas'),
      at,
    };
    given(decider, [noted, tabled('oas', { coercive: true })])
      .when(vote)
      .thenRefuses('rule-violated', 'article-53-council-authorisation');
  });

  it('asks nothing of a lost vote: no enforcement action is adopted', () => {
    const vote: RecordVote = {
      type: 'record-vote',
      caseId,
      body: 'oas',
      draftId: 'oas-draft-1',
      votes: rollCall(3, 20),
      actor: actorOf('oas'),
      at,
    };
    const events = given(decider, [noted, tabled('oas', { coercive: true })])
      .when(vote)
      .result();
    expect(events.map((e) => e.type)).toEqual(['regional-vote-taken', 'regional-decision-rejected']);
  });

  it('lets preventive action go without an authorisation', () => {
    given(decider, [noted, tabled('au-psc')])
      .when(agree())
      .then([reached, adopted('au-psc')]);
  });

  it('lets preventive action link an authorisation on the record, and only such a one', () => {
    const preventive = tabled('au-psc', { councilDecisionId: 'council-draft-1' });
    given(decider, [
      noted,
      authorisationNoted({ measures: [{ kind: 'observers', coercive: false }], authorisesEnforcement: false }),
      preventive,
    ])
      .when(agree())
      .then([reached, adopted('au-psc', { councilDecisionId: 'council-draft-1' })]);
    given(decider, [noted, preventive]).when(agree()).thenRefuses('rule-violated', 'linked-council-authorisation');
  });
});
