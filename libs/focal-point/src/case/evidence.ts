import { InvalidCommand, NotFound, RuleViolated, StateConflict } from '@rtop/kernel';
import { OpenedCase } from './case';
import { CONFIRMED, Credibility, ReportRecord, ReportSource, sameSource } from './information-report';

export function requireReport(opened: OpenedCase, reportId: string): ReportRecord {
  const record = opened.reports.get(reportId);
  if (!record) throw new NotFound('report-on-case', `report ${reportId} is not filed on case ${opened.caseId}`);
  return record;
}

/** A retracted report stays in the record, but nothing more is done with it. */
export function requireNotRetracted(record: ReportRecord): ReportRecord {
  if (record.retraction) {
    throw new StateConflict('report-not-retracted', `report ${record.report.reportId} was retracted (${record.retraction.reason})`);
  }
  return record;
}

/** The reports a finding rests on: at least one, each on the case and none retracted. */
export function checkEvidence(opened: OpenedCase, reportIds: readonly string[], where: string): void {
  if (!reportIds.length) {
    throw new InvalidCommand('assessment-rests-on-reports', `${where}: a finding must rest on at least one named report`);
  }
  const unknown = reportIds.find((id) => !opened.reports.has(id));
  if (unknown) throw new InvalidCommand('assessment-rests-on-reports', `${where}: report ${unknown} is not filed on this case`);
  rejectRetracted(opened, reportIds, where);
}

export function rejectRetracted(opened: OpenedCase, reportIds: readonly string[], where: string): void {
  const retracted = reportIds.find((id) => opened.reports.get(id)?.retraction);
  if (retracted) throw new RuleViolated('retracted-report-not-cited', `${where}: report ${retracted} was retracted and may not be cited`);
}

/**
 * Credibility 1 ("confirmed by other sources") must name the reports that confirm it, each on
 * the case, from another source, and not retracted; any report named as corroboration is held
 * to the same test.
 */
export function checkCorroboration(
  opened: OpenedCase,
  report: {
    readonly reportId: string;
    readonly source: ReportSource;
    readonly credibility: Credibility;
    readonly corroboratedBy: readonly string[];
  },
): void {
  if (report.credibility === CONFIRMED && !report.corroboratedBy.length) {
    throw new RuleViolated(
      'confirmed-needs-corroboration',
      `report ${report.reportId}: credibility 1 (confirmed) needs at least one independent corroborating report on the case`,
    );
  }
  for (const id of report.corroboratedBy) {
    const other = opened.reports.get(id);
    if (!other)
      throw new InvalidCommand('corroborating-report-on-case', `corroborating report ${id} is not filed on case ${opened.caseId}`);
    // A report shares its own source, so this also refuses a report named as its own corroboration.
    if (sameSource(other.report.source, report.source)) {
      throw new RuleViolated(
        'independent-corroboration',
        `report ${id} comes from the same source and cannot corroborate report ${report.reportId}`,
      );
    }
  }
  rejectRetracted(opened, report.corroboratedBy, `report ${report.reportId}`);
}
