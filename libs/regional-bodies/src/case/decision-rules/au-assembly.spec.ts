import { given } from '@rtop/testing';
import { RecordConsensusOutcome } from '../record-consensus-outcome';
import { RecordVote } from '../record-vote';
import { DraftDecision, RegionalCaseEvent } from '../regional-events';
import {
  actorOf,
  adopted,
  at,
  authorisationNoted,
  caseId,
  consensusFailed,
  decider,
  rollCall,
  someStates,
  tabled,
  beforeEveryBody,
} from '../regional.fixtures';
import { TableDraftDecision } from '../table-draft-decision';

const recommendation = tabled('au-psc', {
  draftId: 'psc-recommendation',
  subject: { kind: 'article-4h-recommendation', grounds: ['crimes-against-humanity'] },
});
const recommended: RegionalCaseEvent = {
  type: 'consensus-reached',
  data: { draftId: 'psc-recommendation', body: 'au-psc', disregarded: [] },
};
const intervention: Partial<DraftDecision> = {
  coercive: true,
  subject: { kind: 'article-4h-intervention', grounds: ['crimes-against-humanity'], pscRecommendationId: 'psc-recommendation' },
};

const table = (overrides: Partial<TableDraftDecision> = {}): TableDraftDecision => ({
  type: 'table-draft-decision',
  caseId,
  body: 'au-assembly',
  draftId: 'au-assembly-draft-1',
  title: 'Intervention',
  text: 'Decides to intervene under Art. 4(h)',
  matter: 'substantive',
  coercive: true,
  councilDecisionId: null,
  parties: [],
  twoThirdsRequired: false,
  subject: { kind: 'article-4h-intervention', grounds: ['crimes-against-humanity'], pscRecommendationId: 'psc-recommendation' },
  actor: actorOf('au-assembly'),
  at,
  ...overrides,
});
const consensus = (objections: string[] = []): RecordConsensusOutcome => ({
  type: 'record-consensus-outcome',
  caseId,
  body: 'au-assembly',
  draftId: 'au-assembly-draft-1',
  objections,
  actor: actorOf('au-assembly'),
  at,
});
const vote = (votes: RecordVote['votes']): RecordVote => ({
  type: 'record-vote',
  caseId,
  body: 'au-assembly',
  draftId: 'au-assembly-draft-1',
  votes,
  actor: actorOf('au-assembly'),
  at,
});

describe('AU Assembly: Art. 4(h) intervention as a distinct authority', () => {
  it('tables an intervention on the PSC’s adopted recommendation', () => {
    given(decider, [...beforeEveryBody, recommendation, recommended])
      .when(table())
      .then([tabled('au-assembly', { title: 'Intervention', text: 'Decides to intervene under Art. 4(h)', ...intervention })]);
  });

  it('needs the PSC’s prior recommendation, adopted', () => {
    given(decider, beforeEveryBody).when(table()).thenRefuses('rule-violated', 'article-4h-psc-recommendation');
    given(decider, [...beforeEveryBody, recommendation])
      .when(table())
      .thenRefuses('rule-violated', 'article-4h-psc-recommendation');
    given(decider, [...beforeEveryBody, tabled('au-psc', { draftId: 'psc-recommendation' }), recommended])
      .when(table())
      .thenRefuses('rule-violated', 'article-4h-psc-recommendation');
  });

  it('tables an intervention as enforcement action', () => {
    given(decider, [...beforeEveryBody, recommendation, recommended])
      .when(table({ coercive: false }))
      .thenRefuses('invalid', 'article-4h-intervention-is-enforcement');
  });

  it('leaves recommending to the PSC', () => {
    given(decider, beforeEveryBody)
      .when(table({ coercive: false, subject: { kind: 'article-4h-recommendation', grounds: ['genocide'] } }))
      .thenRefuses('invalid', 'article-4h-recommended-by-the-psc');
  });

  it('adopts an intervention without Council authorisation with the Art. 53 conflict on the record', () => {
    given(decider, [...beforeEveryBody, recommendation, recommended, tabled('au-assembly', intervention)])
      .when(consensus())
      .then([
        { type: 'consensus-reached', data: { draftId: 'au-assembly-draft-1', body: 'au-assembly', disregarded: [] } },
        adopted('au-assembly', { coercive: true }),
        {
          type: 'article-53-conflict-recorded',
          data: {
            decisionId: 'au-assembly-draft-1',
            body: 'au-assembly',
            authority: 'au-constitutive-act-article-4h',
            grounds: ['crimes-against-humanity'],
          },
        },
      ]);
  });

  it('records no conflict when the intervention is authorised by the Council', () => {
    given(decider, [
      ...beforeEveryBody,
      authorisationNoted({ bodies: ['au-assembly'] }),
      recommendation,
      recommended,
      tabled('au-assembly', { ...intervention, councilDecisionId: 'council-draft-1' }),
    ])
      .when(consensus())
      .then([
        { type: 'consensus-reached', data: { draftId: 'au-assembly-draft-1', body: 'au-assembly', disregarded: [] } },
        adopted('au-assembly', { coercive: true, councilDecisionId: 'council-draft-1' }),
      ]);
  });

  it('refuses an intervention linked to an authorisation that is not on the record', () => {
    given(decider, [
      ...beforeEveryBody,
      recommendation,
      recommended,
      tabled('au-assembly', { ...intervention, councilDecisionId: 'council-draft-9' }),
    ])
      .when(consensus())
      .thenRefuses('rule-violated', 'article-53-council-authorisation');
  });

  it('holds its other enforcement decisions to Art. 53', () => {
    given(decider, [...beforeEveryBody, tabled('au-assembly', { coercive: true })])
      .when(consensus())
      .thenRefuses('rule-violated', 'article-53-council-authorisation');
  });

  it('decides by consensus first, failing which by two-thirds of the Member States', () => {
    const failed = consensusFailed('au-assembly', someStates(1));
    const history = [recommendation, recommended, tabled('au-assembly', intervention)];
    given(decider, [...beforeEveryBody, ...history])
      .when(vote(rollCall(40, 0)))
      .thenRefuses('rule-violated', 'consensus-first', /Constitutive Act Art\. 7\(1\)/);
    const [lost] = given(decider, [...beforeEveryBody, ...history, failed])
      .when(vote(rollCall(36, 0)))
      .result();
    expect(lost).toMatchObject({
      data: { carried: false, majority: { fraction: 'two-thirds', of: 'member-states', base: 55, required: 37 } },
    });
    const carried = given(decider, [...beforeEveryBody, ...history, failed])
      .when(vote(rollCall(37, 10)))
      .result();
    expect(carried.map((e) => e.type)).toEqual(['regional-vote-taken', 'regional-decision-adopted', 'article-53-conflict-recorded']);
  });
});
