import { z } from 'zod';
import { DataOf, publishedEvent } from './contract';

/** What member-states publishes for other contexts. */

export const ASSISTANCE_REQUESTED = publishedEvent(
  'member-states',
  'assistance-requested',
  z.object({ caseId: z.string(), state: z.string(), requestId: z.string() }),
);
export type AssistanceRequestedV1 = DataOf<typeof ASSISTANCE_REQUESTED>;

/** Consent given unprompted names no request, only itself. */
export const ASSISTANCE_CONSENTED = publishedEvent(
  'member-states',
  'assistance-consented',
  z.object({ caseId: z.string(), state: z.string(), requestId: z.string().nullable(), consentId: z.string().optional() }),
);
export type AssistanceConsentedV1 = DataOf<typeof ASSISTANCE_CONSENTED>;

export const MEMBER_STATES_CONTRACTS = [ASSISTANCE_REQUESTED, ASSISTANCE_CONSENTED] as const;
