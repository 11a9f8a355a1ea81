import { Actor, OutsideRemit, isMemberStateBody, requireUnMember } from '@rtop/kernel';
import { MemberState } from './resolution';

/** Res. 377 A (V) and GA rule 8(b): an emergency special session meets within 24 hours of a valid request. */
export const CONVENING_WINDOW_MS = 24 * 60 * 60 * 1000;

export function convenableBy(requestValidAt: Date): string {
  return new Date(requestValidAt.getTime() + CONVENING_WINDOW_MS).toISOString();
}

/** Art. 20 and res. 377 A (V): a request by members is valid once a majority of the membership concurs. */
export function majorityOfMembers(membership: number): number {
  return Math.floor(membership / 2) + 1;
}

/** Where the Assembly stands on an emergency special session for the situation: at most one at a time. */
export type Session =
  | { readonly status: 'none' }
  | {
      readonly status: 'collecting';
      readonly requestId: string;
      readonly membership: number;
      readonly concurrences: ReadonlySet<MemberState>;
    }
  | { readonly status: 'due'; readonly basis: 'security-council' | 'members'; readonly dueBy: string }
  | { readonly status: 'open'; readonly sessionId: string };

/** The convening deadline, when a valid request has waited past it. */
export function overdueSessionConvening(session: Session, now: Date): { readonly dueBy: string } | null {
  return session.status === 'due' && Date.parse(session.dueBy) < now.getTime() ? { dueBy: session.dueBy } : null;
}

/** A member state asks or concurs for itself only: its own token names it, and it counts toward the Members' majority only as a Member. */
export function requireMemberStateActor(actor: Actor, action: string): MemberState {
  if (!isMemberStateBody(actor.body)) {
    throw new OutsideRemit('remit', `${action} is for a member state, on its own behalf; ${actor.body} may not do it`);
  }
  requireUnMember(actor.body, `${action} (Art. 20, res. 377 A (V))`);
  return actor.body;
}
