import { alpha3ToAlpha2 } from 'i18n-iso-countries';
import { RuleViolated } from './domain-error';
import { UN_MEMBERS, UN_OBSERVER_STATES } from './un-members';

/** A code ISO 3166-1 assigns today, written as ISO writes it (`KEN`): not `ken`, not a made-up `XXX`. */
export function isIso3166Alpha3(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && alpha3ToAlpha2(code) !== undefined;
}

/** Where a State stands at the UN: a Member, a non-member observer State, or neither (a territory, Antarctica). */
export type UnStanding = 'member' | 'observer-state' | 'none';

const members = new Set(UN_MEMBERS);
const observerStates = new Set(UN_OBSERVER_STATES);

/** The standing of a state named by its alpha-3 code, or as `member-state:<code>`. */
export function unStandingOf(state: string): UnStanding {
  const code = state.replace(/^member-state:/, '');
  if (members.has(code)) return 'member';
  return observerStates.has(code) ? 'observer-state' : 'none';
}

const STANDING: Record<UnStanding, string> = {
  member: 'a Member of the United Nations',
  'observer-state': 'a non-member observer State of the United Nations',
  none: 'neither a Member nor an observer State of the United Nations',
};

/** Acts the Charter gives to Members only: a vote in the Assembly (Art. 18(1)), a seat on the Council (Art. 23), a say in convening the Assembly (Art. 20). */
export function requireUnMember(state: string, act: string): void {
  const standing = unStandingOf(state);
  if (standing !== 'member')
    throw new RuleViolated('un-membership', `${act} is for Members of the United Nations only; ${state} is ${STANDING[standing]}`);
}

/**
 * Acts open to every State the UN recognises, observer States included: a State's responsibility
 * to protect its populations, and its word on assistance, rest on its being a State (2005 World
 * Summit Outcome, paras. 138–139), and a State not a Member may be party to a dispute (Arts. 32, 35(2)).
 */
export function requireUnState(state: string, act: string): void {
  const standing = unStandingOf(state);
  if (standing === 'none')
    throw new RuleViolated(
      'un-member-or-observer-state',
      `${act} is for a Member or an observer State of the United Nations; ${state} is ${STANDING[standing]}`,
    );
}
