import { CommandEnvelope, InvalidCommand, REGIONAL_BODIES, RegionalBody, RuleViolated, contentDigest, requireBody } from '@rtop/kernel';
import { RegionalCase } from './regional-case';
import { AssessmentPlacedBeforeBody } from './regional-events';

/** Delivered from the event log when the Secretary-General transmits an assessment to regional bodies. */
export interface NoteAssessmentTransmitted extends CommandEnvelope {
  readonly type: 'note-assessment-transmitted';
  readonly caseId: string;
  readonly transmissionId: string;
  readonly assessmentId: string;
  /** Every organ of the transmission; the regional bodies among them receive it here. */
  readonly recipients: readonly string[];
  readonly contentDigest: string;
  readonly content: Readonly<Record<string, unknown>>;
}

/** Puts the assessment, as transmitted, before each regional body it was sent to. A transmission is noted once. */
export function noteAssessmentTransmitted(command: NoteAssessmentTransmitted, state: RegionalCase): AssessmentPlacedBeforeBody[] {
  requireBody(command.actor, 'un-secretary-general', 'transmitting an assessment to a regional body');
  if (state.transmissions.has(command.transmissionId)) return [];
  const bodies = command.recipients.filter((r): r is RegionalBody => (REGIONAL_BODIES as readonly string[]).includes(r));
  if (!bodies.length) {
    throw new InvalidCommand(
      'regional-recipient',
      `transmission ${command.transmissionId} names no regional body (${REGIONAL_BODIES.join(', ')})`,
    );
  }
  if (contentDigest(command.content) !== command.contentDigest) {
    throw new RuleViolated(
      'assessment-unaltered',
      `transmission ${command.transmissionId} arrived with content that does not match its digest`,
    );
  }
  const { transmissionId, assessmentId, content } = command;
  return bodies.map((body) => ({
    type: 'assessment-placed-before-body',
    data: { body, transmissionId, assessmentId, contentDigest: command.contentDigest, content },
  }));
}
