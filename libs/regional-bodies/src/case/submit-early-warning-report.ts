import { CommandEnvelope, InvalidCommand, StateConflict, requireBody } from '@rtop/kernel';
import { RegionalCase } from './regional-case';
import { CEWARN_INDICATOR_CATEGORIES, CewarnIndicator, EarlyWarningReportSubmitted } from './regional-events';

/** A CEWARN early-warning report, which the Joint Office takes in as an information report. */
export interface SubmitEarlyWarningReport extends CommandEnvelope {
  readonly type: 'submit-early-warning-report';
  readonly caseId: string;
  readonly reportId: string;
  readonly summary: string;
  readonly indicators: readonly { readonly kind: string; readonly category: string; readonly description: string }[];
  readonly observedAt: string;
  readonly location: string;
}

export function submitEarlyWarningReport(command: SubmitEarlyWarningReport, state: RegionalCase): EarlyWarningReportSubmitted[] {
  requireBody(command.actor, 'igad', 'submitting a CEWARN early-warning report');
  if (state.earlyWarningReports.has(command.reportId)) {
    throw new StateConflict('early-warning-report-once', `early-warning report ${command.reportId} is already submitted`);
  }
  const indicators = parseIndicators(command.indicators);
  const observed = new Date(command.observedAt);
  if (Number.isNaN(observed.getTime()) || observed > command.at) {
    throw new InvalidCommand('observed-before-reported', `observedAt ${command.observedAt} must be a moment no later than the report`);
  }
  const { caseId, reportId, summary, location } = command;
  return [
    {
      type: 'early-warning-report-submitted',
      data: { reportId, caseId, summary, indicators, observedAt: observed.toISOString(), location },
    },
  ];
}

/** CEWARN Reporter indicators: a peace or a conflict indicator, each in a category of its kind. */
function parseIndicators(indicators: SubmitEarlyWarningReport['indicators']): CewarnIndicator[] {
  if (!indicators.length) throw new InvalidCommand('cewarn-indicators', 'an early-warning report rests on at least one indicator');
  indicators.forEach(({ kind, category }, index) => {
    if (!Object.hasOwn(CEWARN_INDICATOR_CATEGORIES, kind))
      throw new InvalidCommand('cewarn-indicators', `indicators[${index}]: ${kind} is neither a peace nor a conflict indicator`);
    const categories: readonly string[] = CEWARN_INDICATOR_CATEGORIES[kind as keyof typeof CEWARN_INDICATOR_CATEGORIES];
    if (!categories.includes(category)) {
      throw new InvalidCommand(
        'cewarn-indicators',
        `indicators[${index}]: ${category} is not a ${kind} indicator (${categories.join(', ')})`,
      );
    }
  });
  return indicators as CewarnIndicator[];
}
