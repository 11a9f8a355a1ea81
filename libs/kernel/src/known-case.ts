import { CommandEnvelope, DomainEvent } from './command-envelope';
import { Decider } from './decider';
import { InvalidCommand, NotFound } from './domain-error';
import { requireBody } from './actor';

/**
 * A case exists before anyone acts on it. A context learns of a case when the Joint Office opens
 * it (focal-point `case-opened`, noted in the context's own stream as `case-noted`) or when the
 * case is placed before it (an assessment transmitted, a veto, ...): delivery across contexts is
 * not ordered, so a placement may arrive first. Until then the context refuses every command on
 * the case, 404 `case-exists`, exactly as a case that does not exist.
 */

/** Delivered from the event log when the Joint Office opens a case (focal-point `case-opened`, v1). */
export interface NoteCase extends CommandEnvelope {
  readonly type: 'note-case';
  readonly caseId: string;
  readonly situation: string;
}

/** The context knows of the case: internal to the context that records it. */
export type CaseNoted = DomainEvent<'case-noted', { readonly caseId: string; readonly situation: string }>;

/** What a context's file on a case knows of the case itself. */
export interface CaseKnowledge {
  /** The case was noted as opened, or placed before this context. */
  readonly caseKnown: boolean;
  /** The situation as the Joint Office named it, once noted. */
  readonly situation: string | null;
  /** The file holds more than the note: something placed here, or this context's own acts. */
  readonly recorded: boolean;
}

export type Knowing<State> = State & CaseKnowledge;

export interface KnownCaseRules {
  /** Commands from other contexts' facts that place the case here: they may come before `note-case`. */
  readonly placements: readonly string[];
  /** The events those commands record: any of them makes the case known. */
  readonly placedBy: readonly string[];
}

export const UNKNOWN_CASE: CaseKnowledge = { caseKnown: false, situation: null, recorded: false };

/**
 * A file that holds nothing but the note that the case exists: its reads answer 404 as for a case
 * never placed here (a state folded before notes existed has no `caseKnown`, and is not merely noted).
 */
export const isMerelyNoted = (state: Partial<CaseKnowledge>): boolean => state.caseKnown === true && state.recorded === false;

export function caseNotKnown(caseId: string | undefined, where: string): NotFound {
  return new NotFound(
    'case-exists',
    `no case ${caseId ?? ''} is known to ${where}: the Joint Office has not opened it, nor has it been placed here`,
  );
}

/** `case-noted` once: a second note of the same case changes nothing. */
export function noteCase(command: NoteCase, state: CaseKnowledge): CaseNoted[] {
  requireBody(command.actor, 'un-joint-office', 'opening a case');
  if (state.situation !== null) return [];
  if (!command.situation.trim()) throw new InvalidCommand('case-names-its-situation', 'a case noted names its situation');
  return [{ type: 'case-noted', data: { caseId: command.caseId, situation: command.situation } }];
}

/**
 * A context's decider that knows which cases exist: `note-case` and the placements are taken on
 * any case; every other command on a case not known is refused 404 `case-exists`, nothing written.
 */
export function knowingCases<Command extends { readonly type: string }, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
  where: string,
  rules: KnownCaseRules,
): Decider<Command | NoteCase, Event | CaseNoted, Knowing<State>> {
  const evolve = (state: Knowing<State>, event: Event | CaseNoted): Knowing<State> => {
    if (event.type === 'case-noted') return { ...state, caseKnown: true, situation: (event as CaseNoted).data.situation };
    const next = decider.evolve(state, event as Event);
    return { ...next, caseKnown: state.caseKnown || rules.placedBy.includes(event.type), situation: state.situation, recorded: true };
  };
  const decide = (command: Command | NoteCase, state: Knowing<State>): readonly (Event | CaseNoted)[] => {
    if (command.type === 'note-case') return noteCase(command as NoteCase, state);
    if (!state.caseKnown && !rules.placements.includes(command.type)) {
      throw caseNotKnown((command as { caseId?: string }).caseId, where);
    }
    return decider.decide(command as Command, state);
  };
  return { decide, evolve, initialState: { ...decider.initialState, ...UNKNOWN_CASE } };
}
