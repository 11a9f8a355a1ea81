import { CommandEnvelope, OutsideRemit, REGIONAL_BODIES, RegionalBody } from '@rtop/kernel';
import { Case, requireOpened } from './case';
import { EarlyWarningReportNoted, RegionalIndicator } from './case-events';
import { checkObservedBefore, checkRiskFactors, requireNewReport } from './file-information-report';
import { InformationReport, SourceReliability } from './information-report';

/**
 * A report a regional early-warning system (IGAD's CEWARN, the AU's situation room, …) sent to
 * the Joint Office, as it arrived from that body's record.
 */
export interface NoteEarlyWarningReport extends CommandEnvelope {
  readonly type: 'note-early-warning-report';
  readonly caseId: string;
  readonly reportId: string;
  readonly regionalReportId: string;
  readonly summary: string;
  readonly observedAt: string;
  readonly location: string;
  /** The regional system's own indicators (CEWARN's peace and conflict indicators), as sent. */
  readonly regionalIndicators: readonly RegionalIndicator[];
  /** Framework of Analysis factors, when the sender mapped its indicators onto them. */
  readonly riskFactors: readonly number[];
  /** The sending body's reliability as a source, from its grading history, when the report arrived. */
  readonly reliability: SourceReliability;
}

/** Whatever another body sent on is noted, even on a closed case: it happened whether or not the case is open. */
export function noteEarlyWarningReport(command: NoteEarlyWarningReport, state: Case): EarlyWarningReportNoted[] {
  const submittedBy = requireRegionalBody(command.actor.body);
  const opened = requireOpened(state, command.caseId);
  requireNewReport(opened, command.reportId);
  const riskFactors = checkRiskFactors(command.riskFactors, { required: false });
  checkObservedBefore(command.observedAt, command.at);
  const report: InformationReport = {
    reportId: command.reportId,
    source: { kind: 'named', name: submittedBy },
    channel: 'regional-early-warning',
    reliability: command.reliability,
    // Truth cannot be judged until the Joint Office verifies it.
    credibility: 6,
    corroboratedBy: [],
    observedAt: command.observedAt,
    location: command.location,
    riskFactors,
    summary: command.summary,
  };
  const { regionalReportId, regionalIndicators } = command;
  return [{ type: 'early-warning-report-noted', data: { regionalReportId, submittedBy, regionalIndicators, report } }];
}

function requireRegionalBody(body: string): RegionalBody {
  if (!(REGIONAL_BODIES as readonly string[]).includes(body)) {
    throw new OutsideRemit(
      'remit',
      `an early-warning report reaches the Joint Office from a regional body (${REGIONAL_BODIES.join(', ')}), not ${body}`,
    );
  }
  return body as RegionalBody;
}
