import { InvalidCommand, StateConflict, UN_DEPARTMENTS } from '@rtop/kernel';
import { OptionPillar } from '../pillar';

/**
 * Who may sit on the group: senior officials of the departments, funds and programmes that would
 * have to respond (DPA, DPKO, OCHA, OHCHR, UNDP, UNHCR, UNICEF) and, among the others, the Joint
 * Office. Intergovernmental organs never sit on it: it is internal to the Secretariat.
 */
export const STANDING_GROUP_ELIGIBLE = [...UN_DEPARTMENTS, 'un-joint-office'] as const;
export type StandingGroupMember = (typeof STANDING_GROUP_ELIGIBLE)[number];

/**
 * The sources say only that such a group meets regularly; the interval is a choice, so it is a
 * per-group setting (`meetingCadenceDays` on convene-standing-group) with this default.
 */
export const DEFAULT_MEETING_CADENCE_DAYS = 7;

export interface StandingGroupMeeting {
  readonly meetingId: string;
  readonly heldAt: string;
  readonly attendees: readonly StandingGroupMember[];
}

export interface TabledOption {
  readonly optionId: string;
  readonly meetingId: string;
  readonly pillar: OptionPillar;
  readonly description: string;
  readonly coercive: boolean;
  readonly proposedBy: StandingGroupMember;
  readonly assessmentId: string;
  readonly assessmentDigest: string;
}

export interface ConvenedStandingGroup {
  readonly status: 'convened';
  readonly findingId: string;
  readonly members: readonly StandingGroupMember[];
  readonly meetingCadenceDays: number;
  readonly convenedAt: string;
  readonly meetings: ReadonlyMap<string, StandingGroupMeeting>;
  readonly options: ReadonlyMap<string, TabledOption>;
  readonly lastMetAt: string | null;
  /** The due dates already recorded as missed since the group last met (or was convened). */
  readonly overdueRecorded: ReadonlySet<string>;
}

export type StandingGroup = { readonly status: 'not-convened' } | ConvenedStandingGroup;

export function requireConvened(group: StandingGroup, action: string): ConvenedStandingGroup {
  if (group.status !== 'convened') {
    throw new StateConflict('standing-group-convened', `${action} needs the standing group to have been convened on this case`);
  }
  return group;
}

/** Members named for a group or a meeting: at least one, each eligible, each once. */
export function requireMembers(bodies: readonly string[], eligible: readonly string[], rule: string, what: string): StandingGroupMember[] {
  if (!bodies.length) throw new InvalidCommand(rule, `${what} names at least one member`);
  const outsider = bodies.find((b) => !eligible.includes(b));
  if (outsider) throw new InvalidCommand(rule, `${outsider} cannot be among ${what}; it may be one of ${eligible.join(', ')}`);
  if (new Set(bodies).size !== bodies.length) throw new InvalidCommand(rule, `a member is named twice in ${what}`);
  return bodies as StandingGroupMember[];
}

export interface OverdueMeeting {
  readonly dueBy: string;
  readonly lastMetAt: string | null;
}

const DAY_MS = 86_400_000;

/**
 * The meeting intervals that have run out, since the group last met (or was convened), without a
 * meeting and without having been recorded as missed. An interval is missed once its end has
 * passed: meeting exactly at the due time is on time.
 */
export function overdueStandingGroupMeetings(state: { readonly standingGroup: StandingGroup }, now: Date): OverdueMeeting[] {
  const group = state.standingGroup;
  if (group.status !== 'convened') return [];
  const interval = group.meetingCadenceDays * DAY_MS;
  const overdue: OverdueMeeting[] = [];
  for (let due = Date.parse(group.lastMetAt ?? group.convenedAt) + interval; due < now.getTime(); due += interval) {
    const dueBy = new Date(due).toISOString();
    if (!group.overdueRecorded.has(dueBy)) overdue.push({ dueBy, lastMetAt: group.lastMetAt });
  }
  return overdue;
}
