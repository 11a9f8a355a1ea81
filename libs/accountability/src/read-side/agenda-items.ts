import { UN_DEPARTMENTS } from '@rtop/kernel';
import { CaseSummary, decidedSince } from './case-summary';

export const AGENDA_KINDS = ['awaiting-decision', 'overdue'] as const;
export type AgendaKind = (typeof AGENDA_KINDS)[number];

/** One thing a body owes on a case: a decision on what was placed before it, or an act that falls due. */
export interface AgendaItem {
  readonly body: string;
  readonly kind: AgendaKind;
  /** What is awaited: the transmission, notification or assessment, the standing group's meeting, the vetoed draft. */
  readonly ref: string;
  readonly since: string;
  /** For an item that falls due: it is overdue once this has passed (decided at the time of the read). */
  readonly dueBy: string | null;
}

const SECRETARY_GENERAL = 'un-secretary-general';
const byTime = (a: string, b: string) => Date.parse(a) - Date.parse(b);

/**
 * A case's open agenda items, body by body. Each body placed before awaits its decision until it
 * takes one after the latest placement; the Secretary-General awaits its own once an assessment
 * reached it, until it transmits, notifies the Council or recommends. A missed standing-group
 * meeting is on the Secretary-General's and the group's agendas until the group meets again; a
 * veto owes the General Assembly a debate until the debate is held or superseded.
 */
export function agendaItemsOf(state: CaseSummary): AgendaItem[] {
  const items: AgendaItem[] = [];
  for (const [body, placement] of Object.entries(state.placements)) {
    if (!decidedSince(state, body, placement.last))
      items.push({ body, kind: 'awaiting-decision', ref: placement.ref, since: placement.last, dueBy: null });
  }
  if (state.received && !decidedSince(state, SECRETARY_GENERAL, state.received.at)) {
    items.push({
      body: SECRETARY_GENERAL,
      kind: 'awaiting-decision',
      ref: state.received.assessmentId,
      since: state.received.at,
      dueBy: null,
    });
  }
  const lastMet = [...state.meetingsHeld].sort(byTime).at(-1);
  const missed = state.meetingsOverdue.filter((dueBy) => !lastMet || byTime(lastMet, dueBy) < 0).sort(byTime)[0];
  if (missed) {
    for (const body of [SECRETARY_GENERAL, ...UN_DEPARTMENTS])
      items.push({ body, kind: 'overdue', ref: 'standing-group-meeting', since: missed, dueBy: missed });
  }
  for (const [draftId, veto] of Object.entries(state.vetoes)) {
    if (veto.dueBy && !state.vetoDebatesClosed.includes(draftId)) {
      items.push({ body: 'un-general-assembly', kind: 'overdue', ref: draftId, since: veto.at, dueBy: veto.dueBy });
    }
  }
  return items;
}
