import { given } from '@rtop/testing';
import { RecordConsensusOutcome } from './record-consensus-outcome';
import { RecordVote } from './record-vote';
import { RegionalCaseEvent } from './regional-events';
import {
  actorOf,
  adopted,
  at,
  caseId,
  consensusFailed,
  decider,
  draftDecision,
  rollCall,
  states,
  tabled,
  beforeEveryBody,
} from './regional.fixtures';
import { TableDraftDecision } from './table-draft-decision';

const daysAfter = (days: number) => new Date(at.getTime() + days * 86_400_000);
/** The body met and decided; its secretariat entered it a week later. */
const entered = daysAfter(7);

const table = (occurredAt: Date): TableDraftDecision => {
  const { parties, tabledAt: _tabledAt, ...draft } = draftDecision('au-psc');
  return { type: 'table-draft-decision', ...draft, parties, actor: actorOf('au-psc'), at: entered, occurredAt };
};
const consensus = (occurredAt: Date, objections: string[] = []): RecordConsensusOutcome => ({
  type: 'record-consensus-outcome',
  caseId,
  body: 'au-psc',
  draftId: 'au-psc-draft-1',
  objections,
  actor: actorOf('au-psc'),
  at: entered,
  occurredAt,
});
const vote = (occurredAt: Date): RecordVote => ({
  type: 'record-vote',
  caseId,
  body: 'au-psc',
  draftId: 'au-psc-draft-1',
  votes: rollCall(12, 1),
  actor: actorOf('au-psc'),
  at: entered,
  occurredAt,
});

describe('a regional body’s decisions entered after they were taken', () => {
  it('records the draft as tabled at the meeting, not when it was entered', () => {
    given(decider, beforeEveryBody)
      .when(table(daysAfter(1)))
      .then([tabled('au-psc', { tabledAt: daysAfter(1).toISOString() })]);
  });

  it('adopts by consensus at the meeting that reached it', () => {
    given(decider, [...beforeEveryBody, tabled('au-psc')])
      .when(consensus(daysAfter(1)))
      .then([{ type: 'consensus-reached', data: { draftId: 'au-psc-draft-1', body: 'au-psc', disregarded: [] } }, adopted('au-psc')]);
  });

  it('refuses a decision stated to have been taken before the draft was placed before the body', () => {
    given(decider, [...beforeEveryBody, tabled('au-psc')])
      .when(consensus(daysAfter(-1)))
      .thenRefuses('rule-violated', 'occurred-before-tabled', /consensus outcome of au-psc .* before tabled/);
    given(decider, [...beforeEveryBody, tabled('au-psc'), consensusFailed('au-psc', states('EGY'))])
      .when(vote(daysAfter(-1)))
      .thenRefuses('rule-violated', 'occurred-before-tabled');
  });

  it('refuses a vote stated to have been taken before consensus on the draft failed', () => {
    const failedLater: RegionalCaseEvent = {
      type: 'consensus-failed',
      data: { draftId: 'au-psc-draft-1', body: 'au-psc', objectors: states('EGY'), disregarded: [], failedAt: daysAfter(2).toISOString() },
    };
    given(decider, [...beforeEveryBody, tabled('au-psc'), failedLater])
      .when(vote(daysAfter(1)))
      .thenRefuses('rule-violated', 'occurred-before-consensus-failed');
    given(decider, [...beforeEveryBody, tabled('au-psc'), failedLater])
      .when(vote(daysAfter(2)))
      .then([expect.objectContaining({ type: 'regional-vote-taken' }), adopted('au-psc')] as never);
  });

  it('records when consensus failed, so a later vote can be held to it', () => {
    given(decider, [...beforeEveryBody, tabled('au-psc')])
      .when(consensus(daysAfter(1), states('EGY')))
      .then([
        {
          type: 'consensus-failed',
          data: {
            draftId: 'au-psc-draft-1',
            body: 'au-psc',
            objectors: states('EGY'),
            disregarded: [],
            failedAt: daysAfter(1).toISOString(),
          },
        },
      ]);
  });
});
