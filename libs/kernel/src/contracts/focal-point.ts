import { z } from 'zod';
import { CRIMES } from '../crime';
import { DataOf, publishedEvent } from './contract';

/** What focal-point (the Joint Office) publishes for other contexts. */

/** The case exists: every context that acts on cases notes it. */
export const CASE_OPENED = publishedEvent(
  'focal-point',
  'case-opened',
  z.object({
    caseId: z.string(),
    situation: z.string(),
    crimes: z.array(z.object({ crime: z.enum(CRIMES), incitement: z.boolean() })).min(1),
    summary: z.string(),
  }),
);
export type CaseOpenedV1 = DataOf<typeof CASE_OPENED>;

/** A protected source (a person who may be at risk) is known by its pseudonym only. */
export const INFORMATION_REPORT_FILED = publishedEvent(
  'focal-point',
  'information-report-filed',
  z.object({
    reportId: z.string(),
    source: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('named'), name: z.string() }),
      z.object({ kind: z.literal('protected'), pseudonym: z.string() }),
    ]),
    channel: z.string(),
    reliability: z.string(),
    credibility: z.number().int(),
    corroboratedBy: z.array(z.string()),
    observedAt: z.string(),
    location: z.string(),
    riskFactors: z.array(z.number().int()),
    summary: z.string(),
  }),
);
export type InformationReportFiledV1 = DataOf<typeof INFORMATION_REPORT_FILED>;

export const ASSESSMENT_ISSUED = publishedEvent(
  'focal-point',
  'assessment-issued',
  z.object({ content: z.record(z.string(), z.unknown()), contentDigest: z.string() }),
);
export type AssessmentIssuedV1 = DataOf<typeof ASSESSMENT_ISSUED>;

export const CASE_CLOSED = publishedEvent('focal-point', 'case-closed', z.object({ caseId: z.string(), reason: z.string() }));
export type CaseClosedV1 = DataOf<typeof CASE_CLOSED>;

export const FOCAL_POINT_CONTRACTS = [CASE_OPENED, INFORMATION_REPORT_FILED, ASSESSMENT_ISSUED, CASE_CLOSED] as const;
