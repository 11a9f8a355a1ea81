import { isMemberStateBody, unStandingOf } from '@rtop/kernel';
import { MemberState, VotingRules } from '../case/resolution';

export const GENERAL_ASSEMBLY_CONFIG = Symbol('GeneralAssemblyConfig');

/** Facts the Assembly's rules depend on that change over time or are not verified: set per deployment. */
export interface GeneralAssemblyConfig {
  /** The number of UN members, for "a majority of the Members" (Art. 20, res. 377 A (V)). RTOP_GA_MEMBERSHIP, default 193. */
  readonly membership: number;
  readonly votingRules: VotingRules;
}

export const DEFAULT_MEMBERSHIP = 193;

/**
 * RTOP_GA_MEMBERSHIP (default 193); RTOP_GA_ARREARS and RTOP_GA_ARREARS_EXEMPTED, comma-separated
 * `member-state:XXX` lists (default empty: the current Art. 19 list is not verified here);
 * RTOP_GA_ABSTENTIONS_COUNT_AS_VOTING, true or false (default false, per the [unverified] rule 86).
 */
export function generalAssemblyConfigFromEnv(env: Readonly<Record<string, string | undefined>>): GeneralAssemblyConfig {
  return {
    membership: positiveInteger('RTOP_GA_MEMBERSHIP', env.RTOP_GA_MEMBERSHIP, DEFAULT_MEMBERSHIP),
    votingRules: {
      abstentionsCountAsVoting: flag('RTOP_GA_ABSTENTIONS_COUNT_AS_VOTING', env.RTOP_GA_ABSTENTIONS_COUNT_AS_VOTING),
      inArrears: memberStates('RTOP_GA_ARREARS', env.RTOP_GA_ARREARS),
      exemptedFromArrears: memberStates('RTOP_GA_ARREARS_EXEMPTED', env.RTOP_GA_ARREARS_EXEMPTED),
    },
  };
}

function positiveInteger(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value.trim() === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new Error(`${name} must be a whole number of members, not ${value}`);
  return parsed;
}

function flag(name: string, value: string | undefined): boolean {
  if (value === undefined || value.trim() === '') return false;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`${name} must be true or false, not ${value}`);
}

function memberStates(name: string, value: string | undefined): MemberState[] {
  const listed = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const wrong = listed.find((s) => !isMemberStateBody(s));
  if (wrong) throw new Error(`${name} lists ${wrong}; write member-state:<ISO 3166-1 alpha-3>`);
  const notAMember = listed.find((s) => unStandingOf(s) !== 'member');
  if (notAMember) throw new Error(`${name} lists ${notAMember}, which is not a Member of the United Nations: Art. 19 concerns Members`);
  return listed as MemberState[];
}
