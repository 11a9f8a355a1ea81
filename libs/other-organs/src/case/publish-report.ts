import { CommandEnvelope, StateConflict, requireBody } from '@rtop/kernel';
import { HUMAN_RIGHTS_COUNCIL } from './organs';
import { OtherOrgansCase } from './other-organs-case';
import { HumanRightsReportKind, HumanRightsReportPublished } from './other-organs-events';
import { requireText } from './text';

export interface PublishReport extends CommandEnvelope {
  readonly type: 'publish-report';
  readonly caseId: string;
  readonly reportId: string;
  readonly kind: HumanRightsReportKind;
  readonly title: string;
  readonly summary: string;
}

/** The Human Rights Council's findings on the situation, published as a report. */
export function publishReport(command: PublishReport, state: OtherOrgansCase): HumanRightsReportPublished[] {
  requireBody(command.actor, HUMAN_RIGHTS_COUNCIL, 'publishing a human rights report');
  if (state.reports.has(command.reportId)) {
    throw new StateConflict('report-published-once', `report ${command.reportId} is already published on case ${command.caseId}`);
  }
  const title = requireText('report-has-content', 'a report’s title', command.title);
  const summary = requireText('report-has-content', 'a report’s summary', command.summary);
  return [
    {
      type: 'human-rights-report-published',
      data: { caseId: command.caseId, reportId: command.reportId, kind: command.kind, title, summary },
    },
  ];
}
