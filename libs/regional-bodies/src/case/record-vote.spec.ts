import { given } from '@rtop/testing';
import { RecordVote } from './record-vote';
import { actorOf, adopted, at, caseId, decider, rollCall, someStates, states, tabled, noted } from './regional.fixtures';

const vote = (overrides: Partial<RecordVote> = {}): RecordVote => ({
  type: 'record-vote',
  caseId,
  body: 'oas',
  draftId: 'oas-draft-1',
  votes: rollCall(20, 5, 3),
  actor: actorOf('oas'),
  at,
  ...overrides,
});

describe('record a vote', () => {
  it('records the roll call, the tally and the majority applied, then the adoption', () => {
    const votes = rollCall(20, 5, 3);
    given(decider, [noted, tabled('oas')])
      .when(vote({ votes }))
      .then([
        {
          type: 'regional-vote-taken',
          data: {
            draftId: 'oas-draft-1',
            body: 'oas',
            votes,
            tally: { yes: 20, no: 5, abstain: 3 },
            majority: { fraction: 'more-than-half', of: 'member-states', base: 34, required: 18 },
            carried: true,
          },
        },
        adopted('oas'),
      ]);
  });

  it('records a lost vote as a rejection, with the reason', () => {
    const [taken, rejected] = given(decider, [noted, tabled('oas')])
      .when(vote({ votes: rollCall(17, 2) }))
      .result();
    expect(taken).toMatchObject({ type: 'regional-vote-taken', data: { carried: false } });
    expect(rejected).toEqual({
      type: 'regional-decision-rejected',
      data: { draftId: 'oas-draft-1', body: 'oas', reason: '17 in favour; 18 needed (more-than-half of 34 member-states)' },
    });
  });

  it('takes one vote from each state', () => {
    given(decider, [noted, tabled('oas')])
      .when(vote({ votes: [...rollCall(18, 0), { state: someStates(1)[0], vote: 'no' }] }))
      .thenRefuses('invalid', 'member-states', /named twice/);
  });

  it('takes votes from member states only', () => {
    given(decider, [noted, tabled('oas')])
      .when(vote({ votes: [{ state: 'osce', vote: 'yes' }] }))
      .thenRefuses('invalid', 'member-states');
  });

  it('decides a draft once', () => {
    given(decider, [
      noted,
      tabled('oas'),
      { type: 'regional-decision-rejected', data: { draftId: 'oas-draft-1', body: 'oas', reason: 'lost' } },
    ])
      .when(vote())
      .thenRefuses('conflict', 'decided-once', /rejected/);
  });

  it('concerns a draft tabled before this body', () => {
    given(decider, [noted]).when(vote()).thenRefuses('not-found', 'draft-tabled');
  });

  it('is recorded by the body itself: another body acts outside its remit', () => {
    given(decider, [noted, tabled('oas')])
      .when(vote({ actor: actorOf('au-psc') }))
      .thenRefuses('forbidden', 'remit');
    given(decider, [noted, tabled('oas')])
      .when(vote({ actor: { body: states('USA')[0], person: 'ambassador', role: 'permanent-representative' } }))
      .thenRefuses('forbidden', 'remit');
  });
});
