import { CommandEnvelope, NotFound, RuleViolated, StateConflict, requireBody } from '@rtop/kernel';
import { requireText } from '../required-text';
import { SecretaryGeneralCase } from './secretary-general-case';
import { CrimeAtHighRisk, ReceivedAssessment, VergeOfManifestFailureFound } from './secretary-general-events';

export interface FindVergeOfManifestFailure extends CommandEnvelope {
  readonly type: 'find-verge-of-manifest-failure';
  readonly findingId: string;
  /** The assessment, as received, the finding rests on. */
  readonly assessmentId: string;
  readonly reasons: string;
}

const HIGH_LEVELS: readonly string[] = ['high', 'very-high'] satisfies readonly CrimeAtHighRisk['level'][];

/**
 * The Secretary-General's finding that a situation is at the verge of manifest failure to protect:
 * the trigger for convening the standing group. It rests on an assessment received unfiltered from
 * the Joint Office that puts at least one crime at high or very high risk, and it gives reasons:
 * a high risk alone is not yet a finding that national authorities are about to fail.
 */
export function findVergeOfManifestFailure(
  command: FindVergeOfManifestFailure,
  state: SecretaryGeneralCase,
): VergeOfManifestFailureFound[] {
  requireBody(command.actor, 'un-secretary-general', 'finding a situation at the verge of manifest failure');
  if (state.findings.has(command.findingId)) {
    throw new StateConflict('finding-recorded-once', `finding ${command.findingId} is already on record`);
  }
  const assessment = state.received.get(command.assessmentId);
  if (!assessment) {
    throw new NotFound('assessment-received', `the Secretary-General has not received assessment ${command.assessmentId} on this case`);
  }
  const crimesAtHighRisk = highRisks(assessment);
  if (!crimesAtHighRisk.length) {
    throw new RuleViolated(
      'verge-of-manifest-failure-rests-on-high-risk',
      `assessment ${command.assessmentId} puts no crime at high or very high risk, so it cannot ground a finding of the verge of manifest failure`,
    );
  }
  requireText(command.reasons, 'finding-states-its-reasons', 'a finding of the verge of manifest failure states its reasons');
  const { findingId, assessmentId, reasons } = command;
  return [
    {
      type: 'verge-of-manifest-failure-found',
      data: { findingId, assessmentId, contentDigest: assessment.contentDigest, crimesAtHighRisk, reasons },
    },
  ];
}

/** Read from the content as issued, which this context holds as plain JSON. */
function highRisks(assessment: ReceivedAssessment): CrimeAtHighRisk[] {
  const risks = assessment.content.risks;
  if (!Array.isArray(risks)) return [];
  return risks.filter(isHighRisk).map((r) => ({ crime: String(r.crime), level: r.level }));
}

function isHighRisk(risk: unknown): risk is { crime: unknown; level: CrimeAtHighRisk['level'] } {
  return typeof risk === 'object' && risk !== null && 'level' in risk && typeof risk.level === 'string' && HIGH_LEVELS.includes(risk.level);
}
