import { Crime } from '@rtop/kernel';

/**
 * The crimes defined in international law that an assessment scores. Ethnic cleansing is not an
 * independent crime: it is assessed through these (UN Framework of Analysis, 2014).
 */
export const LEGAL_CRIMES = ['genocide', 'crimes-against-humanity', 'war-crimes'] as const;
export type LegalCrime = (typeof LEGAL_CRIMES)[number];

export function isLegalCrime(crime: string): crime is LegalCrime {
  return (LEGAL_CRIMES as readonly string[]).includes(crime);
}

export const RISK_LEVELS = ['low', 'moderate', 'high', 'very-high'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** What was found on one indicator of the Framework (e.g. "8.7"), and the reports it rests on. */
export interface IndicatorFinding {
  readonly indicator: string;
  readonly finding: string;
  readonly reportIds: readonly string[];
}

/** The assessed risk of one crime, scored on the indicators of the risk factors that bear on it. */
export interface CrimeRisk {
  readonly crime: LegalCrime;
  readonly level: RiskLevel;
  readonly findings: readonly IndicatorFinding[];
  readonly rationale: string;
}

/** The six-part threshold test of the Rabat Plan of Action (2012), in its order. */
export const RABAT_PARTS = [
  'context',
  'speaker',
  'intent',
  'contentAndForm',
  'extentAndMagnitude',
  'likelihoodIncludingImminence',
] as const;
export type RabatPart = (typeof RABAT_PARTS)[number];
export type RabatTest = { readonly [Part in RabatPart]: string };

export const RABAT_CONCLUSIONS = ['meets-threshold', 'below-threshold'] as const;
export type RabatConclusion = (typeof RABAT_CONCLUSIONS)[number];

/** Incitement to one crime, weighed part by part on the Rabat test. */
export interface IncitementFinding {
  readonly crime: LegalCrime;
  readonly rabat: RabatTest;
  readonly conclusion: RabatConclusion;
  readonly reportIds: readonly string[];
}

/** Ethnic cleansing as a tag: the crimes through which the assessment assesses it. */
export interface EthnicCleansingTag {
  readonly assessedThrough: readonly LegalCrime[];
}

/** An assessment as drafted and reviewed; issuing adds nothing to what it says. */
export interface AssessmentDraft {
  readonly risks: readonly CrimeRisk[];
  readonly incitement: readonly IncitementFinding[];
  readonly ethnicCleansing: EthnicCleansingTag | null;
  readonly summary: string;
}

/** What the Joint Office issues and the Secretary-General must pass on unaltered. */
export interface AssessmentContent extends AssessmentDraft {
  readonly assessmentId: string;
  readonly caseId: string;
  readonly situation: string;
  readonly issuedAt: string;
}

/** A draft as asked for: any crime may be named, so that naming ethnic cleansing can be refused by its rule. */
export type Requested<T extends { readonly crime: LegalCrime }> = Omit<T, 'crime'> & { readonly crime: Crime };

/**
 * The review an assessment passes before it is issued, by default. A deployment may set its own
 * list (FocalPointModule.forRoot({ reviewChecklist })); each draft keeps the list it was drafted under.
 */
export const DEFAULT_REVIEW_CHECKLIST = ['sources-graded', 'evidence-linked', 'legal-review', 'second-reader'] as const;

/** The step that only someone other than the drafter may complete. */
export const SECOND_READER = 'second-reader';

export type AssessmentRecord =
  | {
      readonly status: 'draft';
      readonly assessmentId: string;
      readonly draft: AssessmentDraft;
      readonly reviewChecklist: readonly string[];
      readonly draftedBy: string;
      /** Each completed step, with the person who completed it. */
      readonly completedSteps: ReadonlyMap<string, string>;
    }
  | { readonly status: 'issued'; readonly assessmentId: string; readonly contentDigest: string };
