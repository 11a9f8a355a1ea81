import { CommandEnvelope, NotFound, StateConflict, requireBody } from '@rtop/kernel';
import { PEACEBUILDING_COMMISSION } from './organs';
import { OtherOrgansCase } from './other-organs-case';
import { RelapsePreventionConcluded } from './other-organs-events';
import { requireText } from './text';

export interface ConcludeEngagement extends CommandEnvelope {
  readonly type: 'conclude-engagement';
  readonly caseId: string;
  readonly engagementId: string;
  readonly outcome: string;
}

/** The Commission ends an engagement by recording what came of it. */
export function concludeEngagement(command: ConcludeEngagement, state: OtherOrgansCase): RelapsePreventionConcluded[] {
  requireBody(command.actor, PEACEBUILDING_COMMISSION, 'concluding a relapse-prevention engagement');
  const engagement = state.engagements.get(command.engagementId);
  if (!engagement) {
    throw new NotFound(
      'engagement-begun',
      `the Peacebuilding Commission has no engagement ${command.engagementId} on case ${command.caseId}`,
    );
  }
  if (engagement.status === 'concluded') {
    throw new StateConflict('engagement-concluded-once', `engagement ${command.engagementId} is already concluded`);
  }
  const outcome = requireText('engagement-outcome', 'an engagement’s outcome', command.outcome);
  return [{ type: 'relapse-prevention-concluded', data: { caseId: command.caseId, engagementId: command.engagementId, outcome } }];
}
