import { MemberStateBody } from '@rtop/kernel';

export type MemberState = MemberStateBody;

export const VOTES = ['yes', 'no', 'abstain'] as const;
export type Vote = (typeof VOTES)[number];

/**
 * What a vote on a draft is counted by. Each part comes from the context's configuration
 * (GeneralAssemblyConfig, read from the environment) because it is not a verified, fixed fact.
 */
export interface VotingRules {
  /**
   * [unverified] GA rule of procedure 86 counts only yes and no as "present and voting", so
   * abstentions are left out of the majority. Configured by RTOP_GA_ABSTENTIONS_COUNT_AS_VOTING
   * (default false).
   */
  readonly abstentionsCountAsVoting: boolean;
  /** Art. 19: members whose arrears reach two full years' contributions; configured by RTOP_GA_ARREARS. */
  readonly inArrears: readonly MemberState[];
  /** Art. 19: members the Assembly let vote because the failure to pay is beyond their control; RTOP_GA_ARREARS_EXEMPTED. */
  readonly exemptedFromArrears: readonly MemberState[];
}

export function hasVote(rules: VotingRules, memberState: MemberState): boolean {
  return !rules.inArrears.includes(memberState) || rules.exemptedFromArrears.includes(memberState);
}

export interface Tally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
  readonly presentAndVoting: number;
  readonly majority: 'two-thirds' | 'simple';
  /** The yes votes adoption needs; never fewer than one, so a draft nobody voted for is not adopted. */
  readonly required: number;
}

interface DraftResolution {
  readonly resolutionId: string;
  readonly title: string;
  readonly text: string;
  readonly importantQuestion: boolean;
  readonly peaceAndSecurityRecommendation: boolean;
  readonly votingRules: VotingRules;
  readonly votes: ReadonlyMap<MemberState, Vote>;
  /** When the draft was tabled, and so open to the vote (unknown for a draft tabled before the time was kept). */
  readonly tabledAt?: string;
  /** When the latest vote recorded was cast. */
  readonly lastVoteAt?: string;
}

export type Resolution =
  | (DraftResolution & { readonly status: 'voting' })
  | (DraftResolution & { readonly status: 'adopted' | 'rejected'; readonly tally: Tally });

/** Art. 18: two-thirds of those present and voting on important questions, otherwise a simple majority of them. */
export function tally(resolution: Pick<DraftResolution, 'importantQuestion' | 'votingRules' | 'votes'>): Tally {
  const count = (vote: Vote) => [...resolution.votes.values()].filter((v) => v === vote).length;
  const [yes, no, abstain] = [count('yes'), count('no'), count('abstain')];
  const presentAndVoting = yes + no + (resolution.votingRules.abstentionsCountAsVoting ? abstain : 0);
  const majority = resolution.importantQuestion ? 'two-thirds' : 'simple';
  const required = Math.max(1, majority === 'two-thirds' ? Math.ceil((2 * presentAndVoting) / 3) : Math.floor(presentAndVoting / 2) + 1);
  return { yes, no, abstain, presentAndVoting, majority, required };
}
