import { CommandEnvelope, requireBody } from '@rtop/kernel';
import { SecretaryGeneralCase } from './secretary-general-case';
import { StandingGroupMeetingOverdue } from './secretary-general-events';
import { overdueStandingGroupMeetings, requireConvened } from './standing-group';

/** Checks the group's meeting record as of the command's time. */
export interface DetectOverdueMeeting extends CommandEnvelope {
  readonly type: 'detect-overdue-meeting';
}

/**
 * Puts each missed meeting interval on record once. Checking again changes nothing, and a check
 * that comes late records every interval missed meanwhile.
 */
export function detectOverdueMeeting(command: DetectOverdueMeeting, state: SecretaryGeneralCase): StandingGroupMeetingOverdue[] {
  requireBody(command.actor, 'un-secretary-general', 'checking the standing group’s meetings');
  const group = requireConvened(state.standingGroup, 'checking for overdue meetings');
  return overdueStandingGroupMeetings(state, command.at).map(({ dueBy, lastMetAt }) => ({
    type: 'standing-group-meeting-overdue',
    data: { dueBy, lastMetAt, meetingCadenceDays: group.meetingCadenceDays },
  }));
}
