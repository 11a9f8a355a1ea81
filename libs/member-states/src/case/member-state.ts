import { InvalidCommand, MemberStateBody, requireBody, Actor, isIso3166Alpha3, requireUnState } from '@rtop/kernel';

/**
 * A state as its ISO 3166-1 alpha-3 code, e.g. `KEN`: a Member of the UN or an observer State,
 * since a State's responsibility to protect does not wait on its membership.
 */
export function parseState(state: string): string {
  if (!isIso3166Alpha3(state)) {
    throw new InvalidCommand('iso-3166-alpha-3', `'${state}' is not an ISO 3166-1 alpha-3 country code such as KEN`);
  }
  requireUnState(state, `a record of ${state}'s own responsibility to protect`);
  return state;
}

export const stateBody = (state: string): MemberStateBody => `member-state:${state}`;

/** Pillars I and II rest on the state's own word: no other body may speak for it. */
export function requireTheStateItself(actor: Actor, state: string, action: string): void {
  requireBody(actor, stateBody(state), action);
}
