import { CommandEnvelope, StateConflict, requireBody } from '@rtop/kernel';
import { Case, requireOpened } from './case';
import { CaseClosed } from './case-events';
import { requireText } from './required-text';

export interface CloseCase extends CommandEnvelope {
  readonly type: 'close-case';
  readonly caseId: string;
  readonly reason: string;
}

export function closeCase(command: CloseCase, state: Case): CaseClosed[] {
  requireBody(command.actor, 'un-joint-office', 'closing a case');
  const opened = requireOpened(state, command.caseId);
  if (opened.standing.kind === 'closed') throw new StateConflict('case-closed-once', `case ${command.caseId} is already closed`);
  const reason = requireText(command.reason, 'reason-given', 'the reason for closing the case');
  return [{ type: 'case-closed', data: { caseId: command.caseId, reason } }];
}
