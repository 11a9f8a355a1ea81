import { CommandEnvelope, InvalidCommand, StateConflict, contentDigest, requireBody } from '@rtop/kernel';
import { CrimeRisk } from './assessment';
import { Case, OpenedCase, requireOpened } from './case';
import { AssessmentIssued } from './case-events';

export interface IssueAssessment extends CommandEnvelope {
  readonly type: 'issue-assessment';
  readonly caseId: string;
  readonly assessmentId: string;
  readonly risks: readonly CrimeRisk[];
  readonly summary: string;
}

export function issueAssessment(command: IssueAssessment, state: Case): AssessmentIssued[] {
  requireBody(command.actor, 'un-joint-office', 'issuing an assessment');
  const opened = requireOpened(state, command.caseId);
  if (opened.assessmentIds.has(command.assessmentId)) {
    throw new StateConflict('assessment-issued-once', `assessment ${command.assessmentId} is already issued`);
  }
  if (!command.risks.length) {
    throw new InvalidCommand('risk-per-crime', 'an assessment assesses the risk of at least one crime');
  }
  command.risks.forEach((risk, index) => checkRisk(risk, index, command.risks, opened));
  const content = {
    assessmentId: command.assessmentId,
    caseId: command.caseId,
    situation: opened.situation,
    risks: command.risks,
    summary: command.summary,
    issuedAt: command.at.toISOString(),
  };
  return [{ type: 'assessment-issued', data: { content, contentDigest: contentDigest(content) } }];
}

function checkRisk(risk: CrimeRisk, index: number, all: readonly CrimeRisk[], opened: OpenedCase): void {
  if (!opened.crimes.some((c) => c.crime === risk.crime)) {
    throw new InvalidCommand(
      'assess-the-crimes-of-the-case',
      `risks[${index}]: ${risk.crime} is not among the crimes this case was opened for (${opened.crimes.map((c) => c.crime).join(', ')})`,
    );
  }
  if (all.findIndex((r) => r.crime === risk.crime) !== index) {
    throw new InvalidCommand('risk-per-crime', `risks[${index}]: ${risk.crime} is assessed twice`);
  }
  if (!risk.reportIds.length) {
    throw new InvalidCommand('assessment-rests-on-reports', `risks[${index}]: the risk of ${risk.crime} must rest on at least one named report`);
  }
  const unknown = risk.reportIds.find((id) => !opened.reports.has(id));
  if (unknown) {
    throw new InvalidCommand('assessment-rests-on-reports', `risks[${index}]: report ${unknown} is not filed on this case`);
  }
}
