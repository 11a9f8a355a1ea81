import { given } from '@rtop/testing';
import { RecordConsensusOutcome } from '../record-consensus-outcome';
import { RecordVote } from '../record-vote';
import { regionalCaseDecider } from '../regional-case';
import { DEFAULT_REGIONAL_RULES } from '../regional-rules';
import {
  actorOf,
  adopted,
  at,
  caseId,
  consensusFailed,
  decider,
  rollCall,
  someStates,
  states,
  tabled,
  beforeEveryBody,
} from '../regional.fixtures';
import { TableDraftDecision } from '../table-draft-decision';

const vote = (votes: RecordVote['votes']): RecordVote => ({
  type: 'record-vote',
  caseId,
  body: 'au-psc',
  draftId: 'au-psc-draft-1',
  votes,
  actor: actorOf('au-psc'),
  at,
});
const consensus = (objections: string[]): RecordConsensusOutcome => ({
  type: 'record-consensus-outcome',
  caseId,
  body: 'au-psc',
  draftId: 'au-psc-draft-1',
  objections,
  actor: actorOf('au-psc'),
  at,
});
const failed = consensusFailed('au-psc', someStates(1));
const outcome = (events: readonly { type: string; data: unknown }[]) => events.map((e) => e.type);

describe('AU Peace and Security Council: consensus first, then two-thirds on substance', () => {
  it('records a decision reached by consensus as such', () => {
    expect(
      outcome(
        given(decider, [...beforeEveryBody, tabled('au-psc')])
          .when(consensus([]))
          .result(),
      ),
    ).toEqual(['consensus-reached', 'regional-decision-adopted']);
  });

  it('votes only after a recorded failure to reach consensus', () => {
    given(decider, [...beforeEveryBody, tabled('au-psc')])
      .when(vote(rollCall(15, 0)))
      .thenRefuses('rule-violated', 'consensus-first', /PSC Protocol Art\. 8/);
  });

  it('adopts on substance with two-thirds of the members voting, and records it was by vote', () => {
    const [taken, ...rest] = given(decider, [...beforeEveryBody, tabled('au-psc'), failed])
      .when(vote(rollCall(10, 5)))
      .result();
    expect(taken).toMatchObject({
      data: { carried: true, majority: { fraction: 'two-thirds', of: 'members-voting', base: 15, required: 10 } },
    });
    expect(rest).toEqual([adopted('au-psc')]);
  });

  it('rejects on substance short of two-thirds', () => {
    expect(
      outcome(
        given(decider, [...beforeEveryBody, tabled('au-psc'), failed])
          .when(vote(rollCall(9, 5)))
          .result(),
      ),
    ).toEqual(['regional-vote-taken', 'regional-decision-rejected']);
  });

  it('decides procedural matters by simple majority', () => {
    expect(
      outcome(
        given(decider, [...beforeEveryBody, tabled('au-psc', { matter: 'procedural' }), failed])
          .when(vote(rollCall(8, 7)))
          .result(),
      ),
    ).toEqual(['regional-vote-taken', 'regional-decision-adopted']);
  });

  it('excludes members party to the situation from the decision, in consensus and in a vote', () => {
    const kenyaAParty = tabled('au-psc', { parties: states('KEN') });
    given(decider, [...beforeEveryBody, kenyaAParty])
      .when(consensus(states('KEN')))
      .thenRefuses('rule-violated', 'parties-excluded', /member-state:KEN/);
    given(decider, [...beforeEveryBody, kenyaAParty, failed])
      .when(vote([...rollCall(10, 0), { state: 'member-state:KEN', vote: 'no' }]))
      .thenRefuses('rule-violated', 'parties-excluded');
  });

  it('lets a party take part where the deployment does not apply Art. 8(9)', () => {
    const lenient = regionalCaseDecider({
      ...DEFAULT_REGIONAL_RULES,
      auPsc: { ...DEFAULT_REGIONAL_RULES.auPsc, excludePartiesToSituation: false },
    });
    given(lenient, [...beforeEveryBody, tabled('au-psc', { parties: states('KEN') })])
      .when(consensus(states('KEN')))
      .then([consensusFailed('au-psc', states('KEN'))]);
  });

  it('counts two-thirds of the members, less the parties, where the deployment says so', () => {
    const ofMembers = regionalCaseDecider({
      ...DEFAULT_REGIONAL_RULES,
      auPsc: { ...DEFAULT_REGIONAL_RULES.auPsc, substantive: { fraction: 'two-thirds', of: 'member-states' } },
    });
    const [taken] = given(ofMembers, [...beforeEveryBody, tabled('au-psc', { parties: states('KEN') }), failed])
      .when(vote(rollCall(9, 0, 2)))
      .result();
    expect(taken).toMatchObject({ data: { carried: false, majority: { base: 14, required: 10 } } });
  });

  it('has fifteen members', () => {
    given(decider, [...beforeEveryBody, tabled('au-psc'), failed])
      .when(vote(rollCall(16, 0)))
      .thenRefuses('invalid', 'membership');
  });

  it('recommends an Art. 4(h) intervention, and leaves the decision to the Assembly', () => {
    const table = (subject: TableDraftDecision['subject']): TableDraftDecision => ({
      type: 'table-draft-decision',
      caseId,
      body: 'au-psc',
      draftId: 'au-psc-draft-1',
      title: 't',
      text: 't',
      matter: 'substantive',
      coercive: false,
      councilDecisionId: null,
      parties: [],
      twoThirdsRequired: false,
      subject,
      actor: actorOf('au-psc'),
      at,
    });
    given(decider, beforeEveryBody)
      .when(table({ kind: 'article-4h-recommendation', grounds: ['crimes-against-humanity'] }))
      .then([
        tabled('au-psc', { title: 't', text: 't', subject: { kind: 'article-4h-recommendation', grounds: ['crimes-against-humanity'] } }),
      ]);
    given(decider, beforeEveryBody)
      .when(table({ kind: 'article-4h-intervention', grounds: ['genocide'], pscRecommendationId: 'x' }))
      .thenRefuses('invalid', 'article-4h-decided-by-the-assembly');
  });
});
