import { CommandEnvelope, InvalidCommand, StateConflict, requireBody } from '@rtop/kernel';
import { PEACEBUILDING_COMMISSION } from './organs';
import { OtherOrgansCase } from './other-organs-case';
import { RelapsePreventionEngaged } from './other-organs-events';
import { parseState, requireText } from './text';

export interface EngageInRelapsePrevention extends CommandEnvelope {
  readonly type: 'engage-in-relapse-prevention';
  readonly caseId: string;
  readonly engagementId: string;
  readonly state: string;
  /** The peacebuilding priorities the Commission will follow, e.g. reconciliation or security sector reform. */
  readonly priorities: readonly string[];
}

/** The Peacebuilding Commission takes up a state to keep it from relapsing into atrocity. */
export function engageInRelapsePrevention(command: EngageInRelapsePrevention, state: OtherOrgansCase): RelapsePreventionEngaged[] {
  requireBody(command.actor, PEACEBUILDING_COMMISSION, 'engaging in relapse prevention');
  const engaged = parseState(command.state);
  if (state.engagements.has(command.engagementId)) {
    throw new StateConflict('engagement-begun-once', `engagement ${command.engagementId} is already on case ${command.caseId}`);
  }
  if (!command.priorities.length) {
    throw new InvalidCommand('engagement-priorities', 'an engagement names at least one peacebuilding priority');
  }
  const priorities = command.priorities.map((p, i) => requireText('engagement-priorities', `priorities[${i}]`, p));
  return [
    {
      type: 'relapse-prevention-engaged',
      data: { caseId: command.caseId, engagementId: command.engagementId, state: engaged, priorities },
    },
  ];
}
