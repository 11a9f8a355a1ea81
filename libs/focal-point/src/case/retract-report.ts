import { CommandEnvelope, StateConflict, requireBody } from '@rtop/kernel';
import { Case, requireOpened } from './case';
import { ReportRetracted } from './case-events';
import { requireReport } from './evidence';
import { requireText } from './required-text';

/** A retraction withdraws a report without deleting it: the record keeps it, and why it was withdrawn. */
export interface RetractReport extends CommandEnvelope {
  readonly type: 'retract-report';
  readonly caseId: string;
  readonly reportId: string;
  readonly reason: string;
}

/** The record stays correctable after a case is closed. */
export function retractReport(command: RetractReport, state: Case): ReportRetracted[] {
  requireBody(command.actor, 'un-joint-office', 'retracting a report');
  const opened = requireOpened(state, command.caseId);
  const record = requireReport(opened, command.reportId);
  if (record.retraction) throw new StateConflict('report-retracted-once', `report ${command.reportId} is already retracted`);
  const reason = requireText(command.reason, 'reason-given', 'the reason for a retraction');
  return [{ type: 'report-retracted', data: { reportId: command.reportId, reason } }];
}
