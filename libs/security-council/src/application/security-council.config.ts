import { MemberStateBody, isMemberStateBody, unStandingOf } from '@rtop/kernel';
import { UN_HEADQUARTERS_CALENDAR, WorkingCalendar } from '../case/working-days';

/**
 * The Council context's configuration. Both parts are facts the sources could not pin down, so
 * they are set per deployment rather than written into the rules:
 * - `actCodeSignatories`: the states that signed the ACT code of conduct (Liechtenstein keeps the
 *   list; 104 at the 2015 launch, today's list unverified). Default: none.
 * - `calendar`: the UN holidays the res. 76/262 deadline skips (default: none, weekends only) and
 *   the time zone a veto's day is taken in (default: America/New_York, Headquarters).
 */
export interface SecurityCouncilConfig {
  readonly actCodeSignatories: readonly MemberStateBody[];
  readonly calendar: WorkingCalendar;
}

export const SECURITY_COUNCIL_CONFIG = Symbol('SecurityCouncilConfig');

export const DEFAULT_SECURITY_COUNCIL_CONFIG: SecurityCouncilConfig = { actCodeSignatories: [], calendar: UN_HEADQUARTERS_CALENDAR };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Fails at start-up, naming the setting, rather than counting a deadline or a pledge wrongly later. */
export function checkSecurityCouncilConfig(config: SecurityCouncilConfig): SecurityCouncilConfig {
  // The type admits any `member-state:` string; only an ISO 3166-1 code names a state.
  const signatories: readonly string[] = config.actCodeSignatories;
  const notAState = signatories.find((s) => !isMemberStateBody(s));
  if (notAState) throw new Error(`ACT code signatory ${notAState} is not a member state (member-state:<ISO 3166-1 alpha-3>)`);
  const notAMember = config.actCodeSignatories.find((s) => unStandingOf(s) !== 'member');
  if (notAMember)
    throw new Error(
      `ACT code signatory ${notAMember} is not a Member of the United Nations; the code binds Members who sit on the Council`,
    );
  const notADate = config.calendar.holidays.find((d) => !DATE.test(d) || Number.isNaN(Date.parse(`${d}T00:00:00Z`)));
  if (notADate) throw new Error(`UN holiday ${notADate} is not a date (YYYY-MM-DD)`);
  try {
    new Intl.DateTimeFormat('en', { timeZone: config.calendar.timeZone });
  } catch {
    throw new Error(`${config.calendar.timeZone} is not an IANA time zone`);
  }
  return config;
}
