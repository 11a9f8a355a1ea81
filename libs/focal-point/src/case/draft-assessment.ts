import { CommandEnvelope, InvalidCommand, RuleViolated, StateConflict, requireBody } from '@rtop/kernel';
import {
  CrimeRisk,
  EthnicCleansingTag,
  IncitementFinding,
  LEGAL_CRIMES,
  LegalCrime,
  RABAT_PARTS,
  RabatTest,
  Requested,
  isLegalCrime,
} from './assessment';
import { Case, OpenedCase, requireNotClosed } from './case';
import { AssessmentDrafted } from './case-events';
import { checkEvidence } from './evidence';
import { factorBearsOn, parseIndicator, specificFactorsOf } from './framework-of-analysis';

export interface DraftAssessment extends CommandEnvelope {
  readonly type: 'draft-assessment';
  readonly caseId: string;
  readonly assessmentId: string;
  readonly risks: readonly Requested<CrimeRisk>[];
  readonly incitement: readonly Requested<IncitementFinding>[];
  readonly ethnicCleansing: { readonly assessedThrough: readonly string[] } | null;
  readonly summary: string;
  /** The review the draft must pass before it is issued: the deployment's checklist, not the caller's. */
  readonly reviewChecklist: readonly string[];
}

export function draftAssessment(command: DraftAssessment, state: Case): AssessmentDrafted[] {
  requireBody(command.actor, 'un-joint-office', 'drafting an assessment');
  const opened = requireNotClosed(state, command.caseId);
  if (opened.assessments.has(command.assessmentId)) {
    throw new StateConflict('assessment-drafted-once', `assessment ${command.assessmentId} is already on case ${command.caseId}`);
  }
  const reviewChecklist = checkChecklist(command.reviewChecklist);
  if (!command.risks.length) throw new InvalidCommand('risk-per-crime', 'an assessment assesses the risk of at least one crime');
  const ethnicCleansing = checkEthnicCleansingTag(command.ethnicCleansing);
  const scope = crimesInScope(opened, ethnicCleansing);
  const risks = command.risks.map((risk, index) => checkRisk(risk, `risks[${index}]`, opened, scope));
  risks.forEach((risk, index) => {
    if (risks.findIndex((r) => r.crime === risk.crime) !== index)
      throw new InvalidCommand('risk-per-crime', `risks[${index}]: ${risk.crime} is assessed twice`);
  });
  const unassessed = ethnicCleansing?.assessedThrough.find((crime) => !risks.some((r) => r.crime === crime));
  if (unassessed) {
    throw new InvalidCommand(
      'ethnic-cleansing-mapping',
      `ethnic cleansing is tagged as assessed through ${unassessed}, which this assessment does not assess`,
    );
  }
  const incitement = command.incitement.map((finding, index) => checkIncitement(finding, `incitement[${index}]`, opened, scope));
  incitement.forEach((finding, index) => {
    if (incitement.findIndex((f) => f.crime === finding.crime) !== index) {
      throw new InvalidCommand('incitement-per-crime', `incitement[${index}]: incitement to ${finding.crime} is assessed twice`);
    }
  });
  return [
    {
      type: 'assessment-drafted',
      data: {
        assessmentId: command.assessmentId,
        risks,
        incitement,
        ethnicCleansing,
        summary: command.summary,
        reviewChecklist,
        draftedBy: command.actor.person,
      },
    },
  ];
}

/** No deployment can configure the review away: at least one step, each named once. */
function checkChecklist(steps: readonly string[]): readonly string[] {
  if (!steps.length || steps.some((s) => !s.trim()) || new Set(steps).size !== steps.length) {
    throw new InvalidCommand('review-checklist', 'the review checklist names at least one step, each once');
  }
  return steps;
}

function checkEthnicCleansingTag(tag: DraftAssessment['ethnicCleansing']): EthnicCleansingTag | null {
  if (!tag) return null;
  const through = tag.assessedThrough;
  if (!through.length || !through.every(isLegalCrime) || new Set(through).size !== through.length) {
    throw new InvalidCommand(
      'ethnic-cleansing-mapping',
      `ethnic cleansing is tagged by naming, once each, the crimes it is assessed through: ${LEGAL_CRIMES.join(', ')}`,
    );
  }
  return { assessedThrough: through };
}

/**
 * The crimes this assessment may score, with whether their incitement is part of the case: the
 * case's own crimes, and for a case opened for ethnic cleansing, the crimes the tag maps it onto.
 */
function crimesInScope(opened: OpenedCase, tag: EthnicCleansingTag | null): ReadonlyMap<LegalCrime, boolean> {
  const scope = new Map<LegalCrime, boolean>();
  for (const { crime, incitement } of opened.crimes) if (isLegalCrime(crime)) scope.set(crime, incitement);
  const cleansing = opened.crimes.find((c) => c.crime === 'ethnic-cleansing');
  if (cleansing) for (const crime of tag?.assessedThrough ?? []) scope.set(crime, (scope.get(crime) ?? false) || cleansing.incitement);
  return scope;
}

function requireLegalCrime(crime: string, where: string): LegalCrime {
  if (!isLegalCrime(crime)) {
    throw new RuleViolated(
      'ethnic-cleansing-assessed-through-crimes',
      `${where}: ${crime} is not a crime of its own in international law; assess it through ${LEGAL_CRIMES.join(', ')} and tag the assessment ethnicCleansing`,
    );
  }
  return crime;
}

function checkRisk(risk: Requested<CrimeRisk>, where: string, opened: OpenedCase, scope: ReadonlyMap<LegalCrime, boolean>): CrimeRisk {
  const crime = requireLegalCrime(risk.crime, where);
  if (!scope.has(crime)) {
    throw new InvalidCommand(
      'assess-the-crimes-of-the-case',
      `${where}: ${crime} is not among the crimes this case was opened for (${opened.crimes.map((c) => c.crime).join(', ')})`,
    );
  }
  if (!risk.findings.length) {
    throw new InvalidCommand(
      'risk-scored-on-indicators',
      `${where}: the risk of ${crime} is scored on at least one indicator of the Framework of Analysis`,
    );
  }
  risk.findings.forEach((finding, index) => {
    const at = `${where}.findings[${index}]`;
    const indicator = parseIndicator(finding.indicator);
    if (!indicator) {
      throw new InvalidCommand(
        'framework-of-analysis-indicators',
        `${at}: ${finding.indicator} is not an indicator of the Framework of Analysis (risk factor 1–14, then its indicator, e.g. 8.7)`,
      );
    }
    if (!factorBearsOn(indicator.factor, crime)) {
      throw new RuleViolated(
        'crime-specific-risk-factors',
        `${at}: risk factor ${indicator.factor} is specific to another crime; ${crime} is scored on factors 1–8 and ${specificFactorsOf(crime).join('–')}`,
      );
    }
    if (risk.findings.findIndex((f) => f.indicator === finding.indicator) !== index) {
      throw new InvalidCommand('indicator-assessed-once', `${at}: indicator ${finding.indicator} is assessed twice for ${crime}`);
    }
    checkEvidence(opened, finding.reportIds, at);
  });
  return { ...risk, crime };
}

function checkIncitement(
  finding: Requested<IncitementFinding>,
  where: string,
  opened: OpenedCase,
  scope: ReadonlyMap<LegalCrime, boolean>,
): IncitementFinding {
  const crime = requireLegalCrime(finding.crime, where);
  if (!scope.get(crime)) {
    throw new InvalidCommand('incitement-within-the-case', `${where}: incitement to ${crime} is not part of this case`);
  }
  const missing = RABAT_PARTS.filter((part) => typeof finding.rabat[part] !== 'string' || !finding.rabat[part].trim());
  if (missing.length) {
    throw new InvalidCommand(
      'rabat-six-part-test',
      `${where}: incitement is weighed on all six parts of the Rabat test; no finding on ${missing.join(', ')}`,
    );
  }
  checkEvidence(opened, finding.reportIds, where);
  const rabat = Object.fromEntries(RABAT_PARTS.map((part) => [part, finding.rabat[part]])) as RabatTest;
  return { ...finding, crime, rabat };
}
