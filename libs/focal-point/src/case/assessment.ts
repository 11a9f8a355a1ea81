import { Crime } from '@rtop/kernel';
import { RiskFactor } from './information-report';

export const RISK_LEVELS = ['low', 'moderate', 'high', 'very-high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The assessed risk of one crime, resting on named reports. */
export interface CrimeRisk {
  readonly crime: Crime;
  readonly level: RiskLevel;
  readonly riskFactors: readonly RiskFactor[];
  readonly reportIds: readonly string[];
  readonly rationale: string;
}

/** What the Joint Office issues and the Secretary-General must pass on unaltered. */
export interface AssessmentContent {
  readonly assessmentId: string;
  readonly caseId: string;
  readonly situation: string;
  readonly risks: readonly CrimeRisk[];
  readonly summary: string;
  readonly issuedAt: string;
}
