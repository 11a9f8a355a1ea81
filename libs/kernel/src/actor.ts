import { OutsideRemit } from './domain-error';
import { isIso3166Alpha3 } from './un-membership';

/** The organs and bodies rtop knows, by the identifiers their tokens carry. */
export const UN_BODIES = [
  'un-joint-office',
  'un-secretary-general',
  'un-security-council',
  'un-general-assembly',
  'un-human-rights-council',
  'un-peacebuilding-commission',
  'un-ecosoc',
] as const;
/** Departments, funds and programmes whose senior officials sit on the standing inter-agency group. */
export const UN_DEPARTMENTS = ['un-dpa', 'un-dpko', 'un-ocha', 'un-ohchr', 'un-undp', 'un-unhcr', 'un-unicef'] as const;
export const REGIONAL_BODIES = ['au-psc', 'au-assembly', 'asean', 'oas', 'osce', 'igad'] as const;

export type UnBody = (typeof UN_BODIES)[number];
export type UnDepartment = (typeof UN_DEPARTMENTS)[number];
export type RegionalBody = (typeof REGIONAL_BODIES)[number];
/** A member state as `member-state:<ISO 3166-1 alpha-3>`, e.g. `member-state:KEN`. */
export type MemberStateBody = `member-state:${string}`;
export type Body = UnBody | UnDepartment | RegionalBody | MemberStateBody;

const MEMBER_STATE_PREFIX = 'member-state:';

/** `member-state:` and a code ISO 3166-1 assigns: a made-up `member-state:XXX` names no state. Membership is a further check, per act. */
export function isMemberStateBody(value: unknown): value is MemberStateBody {
  return typeof value === 'string' && value.startsWith(MEMBER_STATE_PREFIX) && isIso3166Alpha3(value.slice(MEMBER_STATE_PREFIX.length));
}

export function isBody(value: unknown): value is Body {
  return (
    typeof value === 'string' &&
    ((UN_BODIES as readonly string[]).includes(value) ||
      (UN_DEPARTMENTS as readonly string[]).includes(value) ||
      (REGIONAL_BODIES as readonly string[]).includes(value) ||
      isMemberStateBody(value))
  );
}

/** Who issues a command: authenticated, never taken from the request body. */
export interface Actor {
  readonly body: Body;
  readonly person: string;
  readonly role: string;
}

export function requireBody(actor: Actor, body: Body, action: string): void {
  if (actor.body !== body) {
    throw new OutsideRemit('remit', `${action} is within the remit of ${body} only; ${actor.body} may not do it`);
  }
}
