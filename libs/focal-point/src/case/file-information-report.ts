import { CommandEnvelope, InvalidCommand, StateConflict, requireBody } from '@rtop/kernel';
import { Case, OpenedCase, requireNotClosed } from './case';
import { InformationReportFiled } from './case-events';
import { checkCorroboration } from './evidence';
import { RiskFactor, isRiskFactor } from './framework-of-analysis';
import { InformationReport } from './information-report';

export interface FileInformationReport extends CommandEnvelope, Omit<InformationReport, 'corroboratedBy'> {
  readonly type: 'file-information-report';
  readonly caseId: string;
  readonly corroboratedBy?: readonly string[];
}

export function fileInformationReport(command: FileInformationReport, state: Case): InformationReportFiled[] {
  requireBody(command.actor, 'un-joint-office', 'filing an information report');
  const opened = requireNotClosed(state, command.caseId);
  requireNewReport(opened, command.reportId);
  const riskFactors = checkRiskFactors(command.riskFactors, { required: true });
  checkObservedBefore(command.observedAt, command.at);
  const { reportId, source, channel, reliability, credibility, observedAt, location, summary } = command;
  const filed: InformationReport = {
    reportId,
    source,
    channel,
    reliability,
    credibility,
    corroboratedBy: [...new Set(command.corroboratedBy ?? [])],
    observedAt,
    location,
    riskFactors,
    summary,
  };
  checkCorroboration(opened, filed);
  return [{ type: 'information-report-filed', data: filed }];
}

export function requireNewReport(opened: OpenedCase, reportId: string): void {
  if (opened.reports.has(reportId)) {
    throw new StateConflict('report-filed-once', `report ${reportId} is already on case ${opened.caseId}`);
  }
}

/** Risk factors of the Framework of Analysis, in order and once each; a report the Joint Office files names at least one. */
export function checkRiskFactors(factors: readonly number[], { required }: { readonly required: boolean }): RiskFactor[] {
  if ((required && !factors.length) || factors.some((f) => !isRiskFactor(f))) {
    throw new InvalidCommand(
      'framework-of-analysis-risk-factors',
      `${required ? 'a report bears on at least one of' : 'risk factors are'} the 14 risk factors of the UN Framework of Analysis (1–14)`,
    );
  }
  return [...new Set(factors as RiskFactor[])].sort((a, b) => a - b);
}

export function checkObservedBefore(observedAt: string, at: Date): void {
  if (new Date(observedAt) > at) {
    throw new InvalidCommand('observed-before-filed', `observedAt ${observedAt} lies after ${at.toISOString()}, when it is recorded`);
  }
}
