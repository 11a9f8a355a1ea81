import { CommandEnvelope, InvalidCommand, RuleViolated, contentDigest, requireBody } from '@rtop/kernel';
import { GeneralAssemblyCase } from './general-assembly-case';
import { AssessmentPlacedOnAgenda } from './general-assembly-events';

/** Delivered from the event log when the Secretary-General transmits an assessment to the Assembly. */
export interface NoteAssessmentTransmitted extends CommandEnvelope {
  readonly type: 'note-assessment-transmitted';
  readonly transmissionId: string;
  readonly assessmentId: string;
  readonly recipients: readonly string[];
  readonly contentDigest: string;
  readonly content: Readonly<Record<string, unknown>>;
}

export function noteAssessmentTransmitted(command: NoteAssessmentTransmitted, state: GeneralAssemblyCase): AssessmentPlacedOnAgenda[] {
  requireBody(command.actor, 'un-secretary-general', 'transmitting an assessment to the General Assembly');
  if (!command.recipients.includes('un-general-assembly')) {
    throw new InvalidCommand(
      'addressed-to-the-assembly',
      `transmission ${command.transmissionId} is not addressed to the General Assembly`,
    );
  }
  if (state.agenda.has(command.assessmentId)) return [];
  if (contentDigest(command.content) !== command.contentDigest) {
    throw new RuleViolated(
      'assessment-unaltered',
      `assessment ${command.assessmentId} arrived with content that does not match its digest`,
    );
  }
  const { assessmentId, transmissionId, content } = command;
  return [{ type: 'assessment-placed-on-agenda', data: { assessmentId, transmissionId, contentDigest: command.contentDigest, content } }];
}
