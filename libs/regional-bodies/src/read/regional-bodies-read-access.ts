import { Actor, RegionalBody, isAuditor } from '@rtop/kernel';
import { RegionalCase } from '../case/regional-case';

/**
 * What of a case is a regional body's: the assessments placed before it, the Council's
 * authorisations naming it, its own drafts and decisions, and for IGAD its CEWARN reports.
 * The bodies share one stream per case, so its existence alone would tell one body that another
 * is seized of the situation: a body with nothing of its own there is answered as if there were no case.
 */
export function holdsAnythingFor(state: RegionalCase, body: RegionalBody): boolean {
  return (
    [...state.transmissions.values()].some((t) => t.bodies.includes(body)) ||
    [...state.authorisations.values()].some((a) => a.bodies.includes(body)) ||
    [...state.drafts.values()].some((d) => d.decision.body === body) ||
    (body === 'igad' && state.earlyWarningReports.size > 0)
  );
}

/** Who may read a body's part of any case at all: the body itself, and auditors. */
export const mayReadForBody = (reader: Actor, body: RegionalBody): boolean => isAuditor(reader) || reader.body === body;

/** A body's part of this case: the body reads it when it has a part there; auditors read it whatever it holds. */
export function mayReadRegionalCase(reader: Actor, body: RegionalBody, state: RegionalCase): boolean {
  return isAuditor(reader) || (mayReadForBody(reader, body) && holdsAnythingFor(state, body));
}
