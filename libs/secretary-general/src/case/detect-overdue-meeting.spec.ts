import { fold } from '@rtop/kernel';
import { given } from '@rtop/testing';
import { DetectOverdueMeeting } from './detect-overdue-meeting';
import { secretaryGeneralDecider } from './secretary-general-case';
import { SecretaryGeneralEvent, StandingGroupMeetingHeld, StandingGroupMeetingOverdue } from './secretary-general-events';
import { at, convenedCase, daysAfter, dpa, groupConvened, meetingHeld, secretaryGeneral, noted } from './secretary-general.fixtures';
import { overdueStandingGroupMeetings } from './standing-group';

const detect = (when: Date, overrides: Partial<DetectOverdueMeeting> = {}): DetectOverdueMeeting => ({
  type: 'detect-overdue-meeting',
  actor: secretaryGeneral,
  at: when,
  ...overrides,
});

const overdue = (dueBy: Date, lastMetAt: string | null = null, meetingCadenceDays = 7): StandingGroupMeetingOverdue => ({
  type: 'standing-group-meeting-overdue',
  data: { dueBy: dueBy.toISOString(), lastMetAt, meetingCadenceDays },
});

describe('detect an overdue meeting of the standing group', () => {
  it('records nothing while the group is within its cadence, or meets exactly when due', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase])
      .when(detect(daysAfter(at, 6)))
      .then([]);
    given(secretaryGeneralDecider, [noted, ...convenedCase])
      .when(detect(daysAfter(at, 7)))
      .then([]);
  });

  it('records a missed interval once the cadence has run out since the group was convened', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase])
      .when(detect(daysAfter(at, 8)))
      .then([overdue(daysAfter(at, 7))]);
  });

  it('records each missed interval once: a second check changes nothing', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase, overdue(daysAfter(at, 7))])
      .when(detect(daysAfter(at, 9)))
      .then([]);
  });

  it('records every interval missed meanwhile when it checks late', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase, overdue(daysAfter(at, 7))])
      .when(detect(daysAfter(at, 22)))
      .then([overdue(daysAfter(at, 14)), overdue(daysAfter(at, 21))]);
  });

  it('counts from the last meeting once the group has met', () => {
    const lastMet = meetingHeld.data.heldAt;
    given(secretaryGeneralDecider, [noted, ...convenedCase, overdue(daysAfter(at, 7)), meetingHeld])
      .when(detect(daysAfter(at, 8)))
      .then([]);
    given(secretaryGeneralDecider, [noted, ...convenedCase, meetingHeld])
      .when(detect(daysAfter(at, 9)))
      .then([overdue(daysAfter(at, 8), lastMet)]);
  });

  it('follows the cadence the group was convened with', () => {
    const everyThreeDays = { ...groupConvened, data: { ...groupConvened.data, meetingCadenceDays: 3 } };
    given(secretaryGeneralDecider, [noted, convenedCase[0], convenedCase[1], everyThreeDays])
      .when(detect(daysAfter(at, 7)))
      .then([overdue(daysAfter(at, 3), null, 3), overdue(daysAfter(at, 6), null, 3)]);
  });

  it('needs the group convened', () => {
    given(secretaryGeneralDecider, [noted])
      .when(detect(daysAfter(at, 8)))
      .thenRefuses('conflict', 'standing-group-convened');
  });

  it('is the Secretary-General’s check, as the group’s convener', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase])
      .when(detect(daysAfter(at, 8), { actor: dpa }))
      .thenRefuses('forbidden', 'remit');
  });
});

describe('overdue standing group meetings, as a query', () => {
  const state = (history: SecretaryGeneralEvent[]) => fold(secretaryGeneralDecider, history);

  it('is empty when no group is convened', () => {
    expect(overdueStandingGroupMeetings(state([]), daysAfter(at, 100))).toEqual([]);
  });

  it('lists the missed intervals not yet recorded, with when the group last met', () => {
    const secondMeeting: StandingGroupMeetingHeld = {
      type: 'standing-group-meeting-held',
      data: { meetingId: 'meeting-2', heldAt: daysAfter(at, 10).toISOString(), attendees: ['un-dpa'] },
    };
    expect(overdueStandingGroupMeetings(state([...convenedCase, meetingHeld, secondMeeting]), daysAfter(at, 25))).toEqual([
      { dueBy: daysAfter(at, 17).toISOString(), lastMetAt: secondMeeting.data.heldAt },
      { dueBy: daysAfter(at, 24).toISOString(), lastMetAt: secondMeeting.data.heldAt },
    ]);
    expect(
      overdueStandingGroupMeetings(
        state([...convenedCase, meetingHeld, secondMeeting, overdue(daysAfter(at, 17), secondMeeting.data.heldAt)]),
        daysAfter(at, 25),
      ),
    ).toEqual([{ dueBy: daysAfter(at, 24).toISOString(), lastMetAt: secondMeeting.data.heldAt }]);
  });
});
