import { CommandEnvelope, InvalidCommand, requireBody } from '@rtop/kernel';
import { Case, requireNotClosed } from './case';
import { ReportVerified } from './case-events';
import { checkCorroboration, requireNotRetracted, requireReport } from './evidence';
import { CREDIBILITY, Credibility } from './information-report';
import { requireText } from './required-text';

/**
 * Verification: the Joint Office's check of what the report says, which sets its credibility.
 * It is separate from moderation, and may be done again as more comes to light.
 */
export interface VerifyReport extends CommandEnvelope {
  readonly type: 'verify-report';
  readonly caseId: string;
  readonly reportId: string;
  readonly credibility: Credibility;
  readonly corroboratedBy: readonly string[];
  /** How it was verified. */
  readonly method: string;
}

export function verifyReport(command: VerifyReport, state: Case): ReportVerified[] {
  requireBody(command.actor, 'un-joint-office', 'verifying a report');
  const opened = requireNotClosed(state, command.caseId);
  const { report } = requireNotRetracted(requireReport(opened, command.reportId));
  if (!CREDIBILITY.includes(command.credibility)) {
    throw new InvalidCommand(
      'admiralty-credibility',
      `credibility is graded 1 (confirmed) to 6 (cannot be judged), not ${command.credibility}`,
    );
  }
  const method = requireText(command.method, 'verification-method-stated', 'how the report was verified');
  const corroboratedBy = [...new Set(command.corroboratedBy)];
  checkCorroboration(opened, { ...report, credibility: command.credibility, corroboratedBy });
  return [{ type: 'report-verified', data: { reportId: command.reportId, credibility: command.credibility, corroboratedBy, method } }];
}
