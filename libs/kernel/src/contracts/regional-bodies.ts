import { z } from 'zod';
import { DataOf, publishedEvent } from './contract';

/** What regional-bodies publishes for other contexts. */

export const REGIONAL_DECISION_ADOPTED = publishedEvent(
  'regional-bodies',
  'regional-decision-adopted',
  z.object({
    decisionId: z.string(),
    caseId: z.string(),
    body: z.string(),
    coercive: z.boolean(),
    councilDecisionId: z.string().nullable(),
  }),
);
export type RegionalDecisionAdoptedV1 = DataOf<typeof REGIONAL_DECISION_ADOPTED>;

/**
 * A regional early-warning system's report on a case (IGAD's CEWARN among them), with its own
 * indicators; framework risk factors when the sender maps its indicators onto them.
 */
export const EARLY_WARNING_REPORT_SUBMITTED = publishedEvent(
  'regional-bodies',
  'early-warning-report-submitted',
  z.object({
    reportId: z.string(),
    caseId: z.string(),
    summary: z.string(),
    observedAt: z.string().optional(),
    location: z.string().optional(),
    indicators: z.array(z.object({ kind: z.string(), category: z.string(), description: z.string() })).optional(),
    riskFactors: z.array(z.number().int()).optional(),
  }),
);
export type EarlyWarningReportSubmittedV1 = DataOf<typeof EARLY_WARNING_REPORT_SUBMITTED>;

export const REGIONAL_BODIES_CONTRACTS = [REGIONAL_DECISION_ADOPTED, EARLY_WARNING_REPORT_SUBMITTED] as const;
