import { CommandEnvelope, RuleViolated, contentDigest, requireBody } from '@rtop/kernel';
import { CouncilCase } from './council-case';
import { AssessmentPlacedOnAgenda } from './council-case-events';

/** Delivered from the event log when the Secretary-General transmits an assessment (`assessment-transmitted`, v1). */
export interface NoteAssessmentTransmitted extends CommandEnvelope {
  readonly type: 'note-assessment-transmitted';
  readonly caseId: string;
  readonly transmissionId: string;
  readonly assessmentId: string;
  readonly recipients: readonly string[];
  readonly content: Readonly<Record<string, unknown>>;
  readonly contentDigest: string;
}

/** An assessment sent to the Council goes on its agenda for the case, once, exactly as sent. */
export function noteAssessmentTransmitted(command: NoteAssessmentTransmitted, state: CouncilCase): AssessmentPlacedOnAgenda[] {
  requireBody(command.actor, 'un-secretary-general', 'transmitting an assessment to the Security Council');
  if (!command.recipients.includes('un-security-council')) {
    throw new RuleViolated(
      'transmitted-to-the-council',
      `transmission ${command.transmissionId} went to ${command.recipients.join(', ')}, not to un-security-council`,
    );
  }
  if (state.agenda.some((item) => item.basis === 'assessment' && item.assessmentId === command.assessmentId)) return [];
  if (contentDigest(command.content) !== command.contentDigest) {
    throw new RuleViolated(
      'assessment-unaltered',
      `assessment ${command.assessmentId} arrived with content that does not match its digest`,
    );
  }
  const { assessmentId, transmissionId, contentDigest: digest } = command;
  return [{ type: 'assessment-placed-on-agenda', data: { assessmentId, transmissionId, contentDigest: digest } }];
}
