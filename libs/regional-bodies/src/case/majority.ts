/** How large a majority must be: more than half, or at least two-thirds. */
export const MAJORITY_FRACTIONS = ['more-than-half', 'two-thirds'] as const;
/**
 * What a majority is counted of: the members voting (yes and no; an abstention is not a vote),
 * or the body's member states, whether they vote or not.
 */
export const MAJORITY_BASES = ['members-voting', 'member-states'] as const;

export interface Majority {
  readonly fraction: (typeof MAJORITY_FRACTIONS)[number];
  readonly of: (typeof MAJORITY_BASES)[number];
}

export const VOTES = ['yes', 'no', 'abstain'] as const;
export type VoteChoice = (typeof VOTES)[number];

export interface Tally {
  readonly yes: number;
  readonly no: number;
  readonly abstain: number;
}

/** The majority as applied to one vote, kept on the record so the outcome can be checked later. */
export interface AppliedMajority extends Majority {
  readonly base: number;
  readonly required: number;
}

export function tally(votes: readonly { readonly vote: VoteChoice }[]): Tally {
  const count = (choice: VoteChoice) => votes.filter((v) => v.vote === choice).length;
  return { yes: count('yes'), no: count('no'), abstain: count('abstain') };
}

/**
 * The yes votes a majority needs. `eligible` is the member states entitled to take part in this
 * decision. At least one yes is always needed, so a vote in which everyone abstains carries nothing.
 */
export function applyMajority(majority: Majority, votes: Tally, eligible: number): AppliedMajority {
  const base = majority.of === 'members-voting' ? votes.yes + votes.no : eligible;
  const needed = majority.fraction === 'more-than-half' ? Math.floor(base / 2) + 1 : Math.ceil((2 * base) / 3);
  return { ...majority, base, required: Math.max(1, needed) };
}
