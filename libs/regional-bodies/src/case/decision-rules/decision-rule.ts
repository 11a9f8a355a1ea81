import { InvalidCommand, MemberStateBody, RuleViolated } from '@rtop/kernel';
import { Majority } from '../majority';
import type { Draft, RegionalCase } from '../regional-case';
import { Article53ConflictRecorded, DraftDecision } from '../regional-events';

export type Article53Conflict = Omit<Article53ConflictRecorded['data'], 'decisionId' | 'body'>;

/** How one regional body decides: each body's module says it in the body's own terms. */
export interface DecisionRule {
  /** How many states the body has: no more may take part, and the base of a majority of member states. */
  readonly memberStates: number;
  /** Checks, when a draft is tabled, that this body may put it to a decision. */
  readonly admit: (draft: DraftDecision, state: RegionalCase) => void;
  /** Member states that take no part in deciding this draft. */
  readonly excluded: (draft: DraftDecision) => readonly MemberStateBody[];
  /**
   * Refuses where the body does not decide this draft by consensus; otherwise names the objections
   * an explicit procedural decision says not to count.
   */
  readonly consensus: (draft: Draft) => readonly MemberStateBody[];
  /** Refuses where a vote is not open to the body on this draft now; otherwise the majority it needs. */
  readonly majority: (draft: Draft) => Majority;
  /**
   * For coercive action adopted with no Council authorisation linked: the conflict with Art. 53 to
   * record where the body acts on an authority of its own, or null where Art. 53(1) refuses it.
   */
  readonly article53Conflict: (draft: DraftDecision) => Article53Conflict | null;
}

/** Consensus first: a vote only after a recorded failure to reach it. */
export function afterFailedConsensus(draft: Draft, basis: string): void {
  if (draft.standing.status !== 'consensus-failed') {
    throw new RuleViolated(
      'consensus-first',
      `${draft.decision.body} seeks consensus first (${basis}): draft ${draft.decision.draftId} may be put to a vote only after a recorded failure to reach consensus`,
    );
  }
}

/** What every body but the AU admits: ordinary drafts, with no OAS-only qualified majority. */
export function admitOrdinary(draft: DraftDecision): void {
  requireOrdinarySubject(draft);
  refuseTwoThirdsOutsideOas(draft);
}

export function requireOrdinarySubject(draft: DraftDecision): void {
  if (draft.subject.kind !== 'ordinary') {
    throw new InvalidCommand(
      'article-4h-is-an-african-union-procedure',
      `${draft.subject.kind} is a step of the AU Constitutive Act's Art. 4(h); ${draft.body} tables ordinary drafts`,
    );
  }
}

export function refuseTwoThirdsOutsideOas(draft: DraftDecision): void {
  if (draft.twoThirdsRequired) {
    throw new InvalidCommand(
      'two-thirds-matters-are-an-oas-rule',
      `twoThirdsRequired marks an OAS matter reserved for a two-thirds vote; ${draft.body}'s majorities follow from its own rule`,
    );
  }
}

export const countsEveryObjection = (): readonly MemberStateBody[] => [];
export const nobodyExcluded = (): readonly MemberStateBody[] => [];
export const noAuthorityOfItsOwn = (): null => null;
