import { VotingRules } from '../case/resolution';

export const GENERAL_ASSEMBLY_CONFIG = Symbol('GeneralAssemblyConfig');

/** Facts the Assembly's rules depend on that change over time or are not verified: set per deployment. */
export interface GeneralAssemblyConfig {
  /** The number of UN members, for "a majority of the Members" (Art. 20, res. 377 A (V)). RTOP_GA_MEMBERSHIP, default 193. */
  readonly membership: number;
  readonly votingRules: VotingRules;
}
