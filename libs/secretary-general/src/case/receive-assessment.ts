import { CommandEnvelope, RuleViolated, contentDigest, requireBody } from '@rtop/kernel';
import { SecretaryGeneralCase } from './secretary-general-case';
import { AssessmentReceived, ReceivedAssessment } from './secretary-general-events';

/** Delivered from the event log when the Joint Office issues an assessment: directly, unfiltered. */
export interface ReceiveAssessment extends CommandEnvelope, ReceivedAssessment {
  readonly type: 'receive-assessment';
  readonly issuedEventId: string;
}

export function receiveAssessment(command: ReceiveAssessment, state: SecretaryGeneralCase): AssessmentReceived[] {
  requireBody(command.actor, 'un-joint-office', 'sending an assessment to the Secretary-General');
  if (state.received.has(command.assessmentId)) return [];
  if (contentDigest(command.content) !== command.contentDigest) {
    throw new RuleViolated(
      'assessment-unaltered',
      `assessment ${command.assessmentId} arrived with content that does not match its digest`,
    );
  }
  const { assessmentId, content, contentDigest: digest, issuedEventId } = command;
  return [{ type: 'assessment-received', data: { assessmentId, content, contentDigest: digest, issuedEventId } }];
}
