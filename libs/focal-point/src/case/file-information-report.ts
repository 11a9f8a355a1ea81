import { CommandEnvelope, InvalidCommand, StateConflict, requireBody } from '@rtop/kernel';
import { Case, requireOpened } from './case';
import { InformationReportFiled } from './case-events';
import { InformationReport, RISK_FACTORS } from './information-report';

export interface FileInformationReport extends CommandEnvelope, InformationReport {
  readonly type: 'file-information-report';
  readonly caseId: string;
}

export function fileInformationReport(command: FileInformationReport, state: Case): InformationReportFiled[] {
  requireBody(command.actor, 'un-joint-office', 'filing an information report');
  const opened = requireOpened(state, command.caseId);
  if (opened.reports.has(command.reportId)) {
    throw new StateConflict('report-filed-once', `report ${command.reportId} is already on case ${command.caseId}`);
  }
  if (!command.riskFactors.length || command.riskFactors.some((f) => !RISK_FACTORS.includes(f))) {
    throw new InvalidCommand(
      'framework-of-analysis-risk-factors',
      'a report bears on at least one of the 14 risk factors of the UN Framework of Analysis (1–14)',
    );
  }
  if (new Date(command.observedAt) > command.at) {
    throw new InvalidCommand('observed-before-filed', `observedAt ${command.observedAt} lies after the report is filed`);
  }
  const { type: _type, caseId: _caseId, actor: _actor, at: _at, ...report } = command;
  return [{ type: 'information-report-filed', data: { ...report, riskFactors: [...new Set(report.riskFactors)].sort((a, b) => a - b) } }];
}
