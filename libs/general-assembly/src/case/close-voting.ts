import { CommandEnvelope, StateConflict, requireBody, requireOccurredNotBefore } from '@rtop/kernel';
import { GeneralAssemblyCase, requireResolution } from './general-assembly-case';
import { ResolutionAdopted, ResolutionRejected } from './general-assembly-events';
import { tally } from './resolution';

/** The outcome is counted from the votes recorded, never asserted by the caller. */
export interface CloseVoting extends CommandEnvelope {
  readonly type: 'close-voting';
  readonly resolutionId: string;
}

export function closeVoting(command: CloseVoting, state: GeneralAssemblyCase): (ResolutionAdopted | ResolutionRejected)[] {
  requireBody(command.actor, 'un-general-assembly', 'closing a vote in the General Assembly');
  const resolution = requireResolution(state, command.resolutionId);
  if (resolution.status !== 'voting') {
    throw new StateConflict(
      'voting-open',
      `voting on draft resolution ${command.resolutionId} is already closed: it was ${resolution.status}`,
    );
  }
  requireOccurredNotBefore(command, resolution.tabledAt, 'tabled', `closing the vote on draft resolution ${command.resolutionId}`);
  requireOccurredNotBefore(command, resolution.lastVoteAt, 'votes', `closing the vote on draft resolution ${command.resolutionId}`);
  const counted = tally(resolution);
  const data = { resolutionId: command.resolutionId, tally: counted };
  return [counted.yes >= counted.required ? { type: 'resolution-adopted', data } : { type: 'resolution-rejected', data }];
}
