import { CommandEnvelope, InvalidCommand, NotFound, RuleViolated, StateConflict, contentDigest, requireBody } from '@rtop/kernel';
import { TRANSMISSION_RECIPIENTS } from './recipients';
import { SecretaryGeneralCase } from './secretary-general-case';
import { AssessmentTransmitted } from './secretary-general-events';

export interface TransmitAssessment extends CommandEnvelope {
  readonly type: 'transmit-assessment';
  readonly caseId: string;
  readonly transmissionId: string;
  readonly assessmentId: string;
  readonly recipients: readonly string[];
  /** The assessment as the Secretary-General sends it on; it must be the assessment as issued. */
  readonly content: Readonly<Record<string, unknown>>;
}

/**
 * The same content to every organ, at once or one after another; each organ receives an
 * assessment once.
 */
export function transmitAssessment(command: TransmitAssessment, state: SecretaryGeneralCase): AssessmentTransmitted[] {
  requireBody(command.actor, 'un-secretary-general', 'transmitting an assessment');
  const received = state.received.get(command.assessmentId);
  if (!received) {
    throw new NotFound(
      'assessment-received',
      `the Secretary-General has not received assessment ${command.assessmentId} on case ${command.caseId}`,
    );
  }
  checkRecipients(command, state.transmittedTo.get(command.assessmentId));
  const digest = contentDigest(command.content);
  if (digest !== received.contentDigest) {
    throw new RuleViolated(
      'transmit-the-assessment-as-issued',
      `the content transmitted differs from assessment ${command.assessmentId} as issued (first difference at ${firstDifference(received.content, command.content) ?? '$'})`,
    );
  }
  const { transmissionId, caseId, assessmentId, recipients } = command;
  const transmittedAt = (command.occurredAt ?? command.at).toISOString();
  return [
    {
      type: 'assessment-transmitted',
      data: { transmissionId, caseId, assessmentId, recipients, contentDigest: digest, content: received.content, transmittedAt },
    },
  ];
}

function checkRecipients(command: TransmitAssessment, already: ReadonlySet<string> | undefined): void {
  if (!command.recipients.length) throw new InvalidCommand('transmission-recipients', 'a transmission names at least one organ');
  const unknown = command.recipients.find((r) => !(TRANSMISSION_RECIPIENTS as readonly string[]).includes(r));
  if (unknown) {
    throw new InvalidCommand(
      'transmission-recipients',
      `${unknown} cannot receive a transmission; recipients are ${TRANSMISSION_RECIPIENTS.join(', ')}`,
    );
  }
  if (new Set(command.recipients).size !== command.recipients.length) {
    throw new InvalidCommand('transmission-recipients', 'a recipient is named twice');
  }
  const repeat = command.recipients.find((r) => already?.has(r));
  if (repeat) {
    throw new StateConflict('transmitted-once-per-organ', `assessment ${command.assessmentId} was already transmitted to ${repeat}`);
  }
}

/** The path of the first place two JSON values differ, for a refusal that says where. */
export function firstDifference(expected: unknown, actual: unknown, path = '$'): string | undefined {
  if (expected === actual) return undefined;
  if (typeof expected !== 'object' || typeof actual !== 'object' || expected === null || actual === null) return path;
  if (Array.isArray(expected) !== Array.isArray(actual)) return path;
  const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
  for (const key of [...keys].sort()) {
    const step = Array.isArray(expected) ? `${path}[${key}]` : `${path}.${key}`;
    const found = firstDifference((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], step);
    if (found) return found;
  }
  return undefined;
}
