import { Decider, MemberStateBody } from '@rtop/kernel';
import { given } from '@rtop/testing';
import { CastVote } from './cast-vote';
import { CloseVote } from './close-vote';
import { CouncilCase, CouncilCaseCommand, decide, evolve } from './council-case';
import { CouncilCaseEvent } from './council-case-events';
import { at, caseId, classified, electedVote, members, putToVote, securityCouncil, tabled, voteCast } from './council-case.fixtures';
import { PutDraftToVote } from './put-draft-to-vote';
import { UN_HEADQUARTERS_CALENDAR, endOfDay, workingDaysAfter } from './working-days';

/** The Council's own rules, apart from how a case comes to be known to it. */
const council: Decider<CouncilCaseCommand, CouncilCaseEvent, CouncilCase> = {
  decide,
  evolve,
  initialState: { agenda: [], drafts: new Map(), openEmergencySessions: new Set() },
};

const hoursAfter = (hours: number) => new Date(at.getTime() + hours * 3_600_000);
/** Everything is entered two days after the meeting. */
const entered = hoursAfter(48);
const envelope = (occurredAt: Date) => ({ caseId, draftId: 'draft-1', actor: securityCouncil, at: entered, occurredAt });
const cast = (member: MemberStateBody, occurredAt: Date): CastVote => ({ type: 'cast-vote', member, vote: 'yes', ...envelope(occurredAt) });
const close = (occurredAt: Date): CloseVote => ({ type: 'close-vote', calendar: UN_HEADQUARTERS_CALENDAR, ...envelope(occurredAt) });
const putToVoteAt = (occurredAt: Date): PutDraftToVote => ({
  type: 'put-draft-to-vote',
  members,
  actCodeSignatories: [],
  ...envelope(occurredAt),
});
const castAt = (event: CouncilCaseEvent, time: Date): CouncilCaseEvent =>
  ({ ...event, data: { ...event.data, castAt: time.toISOString() } }) as CouncilCaseEvent;

describe('the Council’s acts entered after they happened', () => {
  it('records when the draft was put to the vote and when each vote was cast, not when they were entered', () => {
    given(council, [tabled(), classified()])
      .when(putToVoteAt(at))
      .then([{ type: 'draft-put-to-vote', data: { draftId: 'draft-1', members, actCodeSignatories: [], putToVoteAt: at.toISOString() } }]);
    given(council, [tabled(), classified(), putToVote()])
      .when(cast('member-state:BEL', hoursAfter(1)))
      .then([
        { type: 'vote-cast', data: { draftId: 'draft-1', member: 'member-state:BEL', vote: 'yes', castAt: hoursAfter(1).toISOString() } },
      ]);
  });

  it('refuses a vote stated to have been cast before the draft was put to the vote', () => {
    given(council, [tabled(), classified(), putToVote()])
      .when(cast('member-state:BEL', hoursAfter(-1)))
      .thenRefuses('rule-violated', 'occurred-before-put-to-vote', /member-state:BEL's vote .* before put to vote/);
  });

  it('refuses a close stated to be before the last vote was cast, or before the vote opened', () => {
    const votes = [...electedVote(8, 'yes'), castAt(voteCast('member-state:FRA', 'yes'), hoursAfter(2))];
    given(council, [tabled(), classified(), putToVote(), ...votes])
      .when(close(hoursAfter(1)))
      .thenRefuses('rule-violated', 'occurred-before-votes');
    given(council, [tabled(), classified(), putToVote()])
      .when(close(hoursAfter(-1)))
      .thenRefuses('rule-violated', 'occurred-before-put-to-vote');
  });

  it('counts the veto debate’s ten working days from when the veto was cast, not from when it was entered', () => {
    const votes = [...electedVote(9, 'yes'), voteCast('member-state:RUS', 'no')];
    const [, vetoed] = given(council, [tabled(), classified(), putToVote(), ...votes])
      .when(close(hoursAfter(1)))
      .result();
    expect(vetoed).toEqual({
      type: 'draft-vetoed',
      data: {
        draftId: 'draft-1',
        caseId,
        vetoedBy: ['member-state:RUS'],
        vetoDebateDueBy: endOfDay(workingDaysAfter(hoursAfter(1), 10, UN_HEADQUARTERS_CALENDAR), UN_HEADQUARTERS_CALENDAR),
      },
    });
    expect(endOfDay(workingDaysAfter(entered, 10, UN_HEADQUARTERS_CALENDAR), UN_HEADQUARTERS_CALENDAR)).not.toBe(
      (vetoed as { data: { vetoDebateDueBy: string } }).data.vetoDebateDueBy,
    );
  });

  it('checks nothing against a time the record does not hold (a vote opened before times were kept)', () => {
    const untimed: CouncilCaseEvent = { type: 'draft-put-to-vote', data: { draftId: 'draft-1', members, actCodeSignatories: [] } };
    given(council, [tabled(), classified(), untimed])
      .when(cast('member-state:BEL', hoursAfter(-100)))
      .then([
        {
          type: 'vote-cast',
          data: { draftId: 'draft-1', member: 'member-state:BEL', vote: 'yes', castAt: hoursAfter(-100).toISOString() },
        },
      ]);
  });
});
