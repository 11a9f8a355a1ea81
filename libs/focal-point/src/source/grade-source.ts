import { CommandEnvelope, InvalidCommand, requireBody } from '@rtop/kernel';
import { requireText } from '../case/required-text';
import { ReportSource, SOURCE_RELIABILITY, SourceReliability } from '../case/information-report';
import { SourceReliabilityGraded } from './source-events';

export interface GradeSource extends CommandEnvelope {
  readonly type: 'grade-source';
  readonly source: ReportSource;
  readonly reliability: SourceReliability;
  readonly reason: string;
  readonly caseId: string;
}

/**
 * Adds a grading to the source's history; reports filed afterwards carry it, reports filed
 * before keep the reliability they were filed with. Confirming the same grade again is a
 * grading too: the track record is the point.
 */
export function gradeSource(command: GradeSource): SourceReliabilityGraded[] {
  requireBody(command.actor, 'un-joint-office', 'grading a source');
  if (!SOURCE_RELIABILITY.includes(command.reliability)) {
    throw new InvalidCommand(
      'admiralty-source-reliability',
      `reliability is graded A (completely reliable) to F (cannot be judged), not ${command.reliability}`,
    );
  }
  const reason = requireText(command.reason, 'reason-given', 'the reason for the grading');
  const { source, reliability, caseId } = command;
  return [{ type: 'source-reliability-graded', data: { source, reliability, reason, gradedAt: command.at.toISOString(), caseId } }];
}
