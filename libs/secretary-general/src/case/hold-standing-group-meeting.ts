import { CommandEnvelope, StateConflict, occurredIsoOf, requireBody, requireOccurredNotBefore } from '@rtop/kernel';
import { SecretaryGeneralCase } from './secretary-general-case';
import { StandingGroupMeetingHeld } from './secretary-general-events';
import { requireConvened, requireMembers } from './standing-group';

/** Its time is when it was held: the command's occurredAt, else when it was entered. */
export interface HoldStandingGroupMeeting extends CommandEnvelope {
  readonly type: 'hold-standing-group-meeting';
  readonly meetingId: string;
  readonly attendees: readonly string[];
}

/** The Secretary-General convenes the group and so keeps the record of its meetings. */
export function holdStandingGroupMeeting(command: HoldStandingGroupMeeting, state: SecretaryGeneralCase): StandingGroupMeetingHeld[] {
  requireBody(command.actor, 'un-secretary-general', 'recording a meeting of the standing group');
  const group = requireConvened(state.standingGroup, 'holding a meeting');
  if (group.meetings.has(command.meetingId)) {
    throw new StateConflict('meeting-recorded-once', `meeting ${command.meetingId} is already on record`);
  }
  const attendees = requireMembers(command.attendees, group.members, 'meeting-attendees-are-members', 'the meeting’s attendees');
  requireOccurredNotBefore(command, group.convenedAt, 'convened', `meeting ${command.meetingId} of the standing group`);
  return [{ type: 'standing-group-meeting-held', data: { meetingId: command.meetingId, heldAt: occurredIsoOf(command), attendees } }];
}
