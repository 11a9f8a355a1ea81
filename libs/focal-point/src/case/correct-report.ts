import { CommandEnvelope, InvalidCommand, canonicalJson, requireBody } from '@rtop/kernel';
import { Case, requireOpened } from './case';
import { ReportCorrected } from './case-events';
import { requireNotRetracted, requireReport } from './evidence';
import { checkObservedBefore, checkRiskFactors } from './file-information-report';
import { CORRECTABLE_FIELDS, ReportCorrection } from './information-report';
import { requireText } from './required-text';

/** A correction is a new event carrying the corrected fields and why: the report as first filed stays in the record. */
export interface CorrectReport extends CommandEnvelope {
  readonly type: 'correct-report';
  readonly caseId: string;
  readonly reportId: string;
  readonly corrected: ReportCorrection;
  readonly reason: string;
}

/** The record stays correctable after a case is closed. */
export function correctReport(command: CorrectReport, state: Case): ReportCorrected[] {
  requireBody(command.actor, 'un-joint-office', 'correcting a report');
  const opened = requireOpened(state, command.caseId);
  const { report } = requireNotRetracted(requireReport(opened, command.reportId));
  const reason = requireText(command.reason, 'reason-given', 'the reason for a correction');
  const asked: ReportCorrection = {
    ...command.corrected,
    ...(command.corrected.riskFactors && { riskFactors: checkRiskFactors(command.corrected.riskFactors, { required: true }) }),
  };
  const changed = CORRECTABLE_FIELDS.filter(
    (field) => asked[field] !== undefined && canonicalJson(asked[field]) !== canonicalJson(report[field]),
  );
  if (!changed.length) {
    throw new InvalidCommand(
      'correction-changes-the-report',
      `the correction changes none of ${CORRECTABLE_FIELDS.join(', ')} of report ${command.reportId}`,
    );
  }
  if (asked.observedAt !== undefined && changed.includes('observedAt')) checkObservedBefore(asked.observedAt, command.at);
  const corrected: ReportCorrection = Object.fromEntries(changed.map((field) => [field, asked[field]]));
  return [{ type: 'report-corrected', data: { reportId: command.reportId, corrected, reason } }];
}
