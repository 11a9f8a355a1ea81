import { PublishedContract } from './contract';
import { FOCAL_POINT_CONTRACTS } from './focal-point';
import { GENERAL_ASSEMBLY_CONTRACTS } from './general-assembly';
import { MEMBER_STATES_CONTRACTS } from './member-states';
import { OTHER_ORGANS_CONTRACTS } from './other-organs';
import { REGIONAL_BODIES_CONTRACTS } from './regional-bodies';
import { SECRETARY_GENERAL_CONTRACTS } from './secretary-general';
import { SECURITY_COUNCIL_CONTRACTS } from './security-council';

export * from './contract';
export * from './focal-point';
export * from './secretary-general';
export * from './security-council';
export * from './general-assembly';
export * from './regional-bodies';
export * from './member-states';
export * from './other-organs';

/** Every published contract, each declared once by the module of its producing context. */
export const PUBLISHED_CONTRACTS: readonly PublishedContract[] = [
  ...FOCAL_POINT_CONTRACTS,
  ...SECRETARY_GENERAL_CONTRACTS,
  ...SECURITY_COUNCIL_CONTRACTS,
  ...GENERAL_ASSEMBLY_CONTRACTS,
  ...REGIONAL_BODIES_CONTRACTS,
  ...MEMBER_STATES_CONTRACTS,
  ...OTHER_ORGANS_CONTRACTS,
];

const CURRENT_VERSION = new Map(PUBLISHED_CONTRACTS.map((c) => [`${c.context}/${c.type}`, c.version]));

/** The schema version a producer writes an event in: its contract's current one; 1 for an event no contract publishes. */
export function currentSchemaVersion(context: string, type: string): number {
  return CURRENT_VERSION.get(`${context}/${type}`) ?? 1;
}
