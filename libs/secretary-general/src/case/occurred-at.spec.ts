import { given } from '@rtop/testing';
import { HoldStandingGroupMeeting } from './hold-standing-group-meeting';
import { secretaryGeneralDecider } from './secretary-general-case';
import { at, convenedCase, daysAfter, meetingHeld, secretaryGeneral, noted } from './secretary-general.fixtures';
import { fold } from '@rtop/kernel';
import { overdueStandingGroupMeetings } from './standing-group';

/** A meeting held on 8 January and entered on the 10th is held on the 8th. */
const hold = (occurredAt: Date, meetingId = 'meeting-2'): HoldStandingGroupMeeting => ({
  type: 'hold-standing-group-meeting',
  meetingId,
  attendees: ['un-dpa'],
  actor: secretaryGeneral,
  at: daysAfter(at, 7),
  occurredAt,
});

describe('a standing-group meeting entered after it was held', () => {
  it('is recorded as held when it was held, not when it was entered', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase])
      .when(hold(daysAfter(at, 5)))
      .then([
        {
          type: 'standing-group-meeting-held',
          data: { meetingId: 'meeting-2', heldAt: daysAfter(at, 5).toISOString(), attendees: ['un-dpa'] },
        },
      ]);
  });

  it('is refused when stated to have been held before the group was convened', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase])
      .when(hold(daysAfter(at, -1)))
      .thenRefuses('rule-violated', 'occurred-before-convened', /meeting meeting-2 of the standing group .* before convened/);
  });

  it('does not move the last meeting back when an earlier one is entered late', () => {
    const state = fold(secretaryGeneralDecider, [
      ...convenedCase,
      { ...meetingHeld, data: { ...meetingHeld.data, heldAt: daysAfter(at, 6).toISOString() } },
    ]);
    const [earlier] = secretaryGeneralDecider.decide(hold(daysAfter(at, 2)), state);
    const after = secretaryGeneralDecider.evolve(state, earlier);
    expect(overdueStandingGroupMeetings(after, daysAfter(at, 12))).toEqual([]);
  });
});
