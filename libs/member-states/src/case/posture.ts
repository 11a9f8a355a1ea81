import { InvalidCommand } from '@rtop/kernel';

/** Where a state stands towards protecting its own population in a case (pillar I). */
export const POSTURES = ['willing-and-able', 'willing-but-unable', 'unwilling'] as const;
export type Posture = (typeof POSTURES)[number];

/**
 * The bodies that may record their own reading of a state's posture. Their reading is kept
 * apart from what the state declares, so neither can overwrite the other.
 */
export const POSTURE_ASSESSORS = ['un-joint-office', 'un-secretary-general'] as const;
export type PostureAssessor = (typeof POSTURE_ASSESSORS)[number];

export interface DeclaredPosture {
  readonly posture: Posture;
  readonly reasons: readonly string[];
  readonly declaredAt: string;
}

export interface AssessedPosture {
  readonly posture: Posture;
  readonly reasons: readonly string[];
  readonly assessedBy: PostureAssessor;
  readonly assessedAt: string;
}

/** A change of posture without its reasons would leave the history unexplained. */
export function requireReasons(reasons: readonly string[]): readonly string[] {
  const given = reasons.map((reason) => reason.trim());
  if (!given.length || given.some((reason) => !reason)) {
    throw new InvalidCommand('posture-change-gives-reasons', 'a change of posture states at least one reason, and no reason is blank');
  }
  return given;
}
