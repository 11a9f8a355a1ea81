import { InvalidCommand, MemberStateBody, requireBody, Actor } from '@rtop/kernel';

const ISO_3166_ALPHA_3 = /^[A-Z]{3}$/;

/** A member state as its ISO 3166-1 alpha-3 code, e.g. `KEN`. */
export function parseState(state: string): string {
  if (!ISO_3166_ALPHA_3.test(state)) {
    throw new InvalidCommand('iso-3166-alpha-3', `'${state}' is not an ISO 3166-1 alpha-3 country code such as KEN`);
  }
  return state;
}

export const stateBody = (state: string): MemberStateBody => `member-state:${state}`;

/** Pillars I and II rest on the state's own word: no other body may speak for it. */
export function requireTheStateItself(actor: Actor, state: string, action: string): void {
  requireBody(actor, stateBody(state), action);
}
