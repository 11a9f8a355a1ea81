import { z } from 'zod';
import { DataOf, publishedEvent } from './contract';

/** What security-council publishes for other contexts. */

export const COUNCIL_DECISION_ADOPTED = publishedEvent(
  'security-council',
  'council-decision-adopted',
  z.object({
    draftId: z.string(),
    caseId: z.string(),
    chapter: z.enum(['VI', 'VII', 'VIII']),
    procedural: z.boolean(),
    measures: z.array(z.object({ kind: z.string(), coercive: z.boolean() })),
    authorisedBodies: z.array(z.string()),
    manifestFailureDetermined: z.boolean(),
  }),
);
export type CouncilDecisionAdoptedV1 = DataOf<typeof COUNCIL_DECISION_ADOPTED>;

/** A draft failed by the negative vote of a permanent member: a recorded outcome, not an error. */
export const DRAFT_VETOED = publishedEvent(
  'security-council',
  'draft-vetoed',
  z.object({
    draftId: z.string(),
    caseId: z.string(),
    vetoedBy: z.array(z.string()).min(1),
    vetoDebateDueBy: z.string().nullable(),
  }),
);
export type DraftVetoedV1 = DataOf<typeof DRAFT_VETOED>;

/** Uniting for Peace: the Council asks for an emergency special session of the Assembly. */
export const EMERGENCY_SPECIAL_SESSION_REQUESTED = publishedEvent(
  'security-council',
  'emergency-special-session-requested',
  z.object({ caseId: z.string(), draftId: z.string() }),
);
export type EmergencySpecialSessionRequestedV1 = DataOf<typeof EMERGENCY_SPECIAL_SESSION_REQUESTED>;

export const SECURITY_COUNCIL_CONTRACTS = [COUNCIL_DECISION_ADOPTED, DRAFT_VETOED, EMERGENCY_SPECIAL_SESSION_REQUESTED] as const;
