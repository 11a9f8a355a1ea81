import { CommandEnvelope, StateConflict, requireBody } from '@rtop/kernel';
import { Case, requireNotClosed } from './case';
import { ReportApproved } from './case-events';
import { requireNotRetracted, requireReport } from './evidence';

/** Moderation: the report is fit to stand in the record. It says nothing of whether it is true (that is verification). */
export interface ApproveReport extends CommandEnvelope {
  readonly type: 'approve-report';
  readonly caseId: string;
  readonly reportId: string;
}

export function approveReport(command: ApproveReport, state: Case): ReportApproved[] {
  requireBody(command.actor, 'un-joint-office', 'approving a report');
  const opened = requireNotClosed(state, command.caseId);
  const record = requireNotRetracted(requireReport(opened, command.reportId));
  if (record.moderation === 'approved') {
    throw new StateConflict('report-approved-once', `report ${command.reportId} is already approved`);
  }
  return [{ type: 'report-approved', data: { reportId: command.reportId } }];
}
