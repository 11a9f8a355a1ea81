import { CommandEnvelope, InvalidCommand, RuleViolated, StateConflict, occurredIsoOf, requireBody } from '@rtop/kernel';
import { SecretaryGeneralCase } from './secretary-general-case';
import { StandingGroupConvened } from './secretary-general-events';
import { DEFAULT_MEETING_CADENCE_DAYS, STANDING_GROUP_ELIGIBLE, requireMembers } from './standing-group';

export interface ConveneStandingGroup extends CommandEnvelope {
  readonly type: 'convene-standing-group';
  /** The Secretary-General's finding of the verge of manifest failure that warrants convening. */
  readonly findingId: string;
  readonly members: readonly string[];
  /** Days between meetings before one is overdue; DEFAULT_MEETING_CADENCE_DAYS (7) when absent. */
  readonly meetingCadenceDays?: number;
}

const MAX_CADENCE_DAYS = 365;

/**
 * The group is for the moment the most far-reaching collective responses are in view, so it is
 * convened only on a recorded finding that the situation is at the verge of manifest failure.
 */
export function conveneStandingGroup(command: ConveneStandingGroup, state: SecretaryGeneralCase): StandingGroupConvened[] {
  requireBody(command.actor, 'un-secretary-general', 'convening the standing inter-agency group');
  if (state.standingGroup.status === 'convened') {
    throw new StateConflict('standing-group-convened-once', 'the standing group is already convened on this case');
  }
  if (!state.findings.has(command.findingId)) {
    throw new RuleViolated(
      'standing-group-at-verge-of-manifest-failure',
      `the standing group is convened only at the verge of manifest failure, and there is no such finding ${command.findingId} on this case`,
    );
  }
  const members = requireMembers(command.members, STANDING_GROUP_ELIGIBLE, 'standing-group-members', 'the standing group');
  const meetingCadenceDays = command.meetingCadenceDays ?? DEFAULT_MEETING_CADENCE_DAYS;
  if (!Number.isInteger(meetingCadenceDays) || meetingCadenceDays < 1 || meetingCadenceDays > MAX_CADENCE_DAYS) {
    throw new InvalidCommand(
      'standing-group-meeting-cadence',
      `the meeting cadence is a whole number of days from 1 to ${MAX_CADENCE_DAYS}`,
    );
  }
  return [
    {
      type: 'standing-group-convened',
      data: { findingId: command.findingId, members, meetingCadenceDays, convenedAt: occurredIsoOf(command) },
    },
  ];
}
