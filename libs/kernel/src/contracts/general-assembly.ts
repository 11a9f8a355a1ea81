import { z } from 'zod';
import { DataOf, publishedEvent } from './contract';

/** What general-assembly publishes for other contexts. */

export const EMERGENCY_SPECIAL_SESSION_CONVENED = publishedEvent(
  'general-assembly',
  'emergency-special-session-convened',
  z.object({ caseId: z.string(), sessionId: z.string() }),
);
export type EmergencySpecialSessionConvenedV1 = DataOf<typeof EMERGENCY_SPECIAL_SESSION_CONVENED>;

export const EMERGENCY_SPECIAL_SESSION_CLOSED = publishedEvent(
  'general-assembly',
  'emergency-special-session-closed',
  z.object({ caseId: z.string(), sessionId: z.string() }),
);
export type EmergencySpecialSessionClosedV1 = DataOf<typeof EMERGENCY_SPECIAL_SESSION_CLOSED>;

export const GENERAL_ASSEMBLY_CONTRACTS = [EMERGENCY_SPECIAL_SESSION_CONVENED, EMERGENCY_SPECIAL_SESSION_CLOSED] as const;
