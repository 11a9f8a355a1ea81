import { given } from '@rtop/testing';
import { HoldStandingGroupMeeting } from './hold-standing-group-meeting';
import { secretaryGeneralDecider } from './secretary-general-case';
import { at, convenedCase, daysAfter, dpa, meetingHeld, secretaryGeneral, noted } from './secretary-general.fixtures';

const hold = (overrides: Partial<HoldStandingGroupMeeting> = {}): HoldStandingGroupMeeting => ({
  type: 'hold-standing-group-meeting',
  meetingId: 'meeting-1',
  attendees: ['un-dpa', 'un-ocha'],
  actor: secretaryGeneral,
  at: daysAfter(at, 1),
  ...overrides,
});

describe('hold a meeting of the standing group', () => {
  it('records the meeting, held now, and who attended', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase])
      .when(hold())
      .then([meetingHeld]);
  });

  it('needs the group convened', () => {
    given(secretaryGeneralDecider, [noted]).when(hold()).thenRefuses('conflict', 'standing-group-convened');
  });

  it('is attended by members of the group, each named once', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase])
      .when(hold({ attendees: ['un-dpa', 'un-unicef'] }))
      .thenRefuses('invalid', 'meeting-attendees-are-members', /un-unicef/);
    given(secretaryGeneralDecider, [noted, ...convenedCase])
      .when(hold({ attendees: [] }))
      .thenRefuses('invalid', 'meeting-attendees-are-members');
  });

  it('records a meeting once', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase, meetingHeld])
      .when(hold())
      .thenRefuses('conflict', 'meeting-recorded-once');
  });

  it('is recorded by the Secretary-General, who convenes the group', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase])
      .when(hold({ actor: dpa }))
      .thenRefuses('forbidden', 'remit');
  });
});
