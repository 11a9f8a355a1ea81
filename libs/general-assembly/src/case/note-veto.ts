import { CommandEnvelope, occurredIsoOf, requireBody } from '@rtop/kernel';
import { GeneralAssemblyCase } from './general-assembly-case';
import { VetoNoted } from './general-assembly-events';

/** Delivered from the event log when a Council draft is vetoed (security-council `draft-vetoed`, v1). */
export interface NoteVeto extends CommandEnvelope {
  readonly type: 'note-veto';
  readonly draftId: string;
  readonly vetoedBy: readonly string[];
  /** Ten working days after the veto on the UN calendar, as the Council's context counted them; null when no debate is owed. */
  readonly vetoDebateDueBy: string | null;
}

export function noteVeto(command: NoteVeto, state: GeneralAssemblyCase): VetoNoted[] {
  requireBody(command.actor, 'un-security-council', 'reporting a veto cast in the Security Council');
  if (state.vetoDebates.has(command.draftId)) return [];
  // Res. 76/262 OP1 owes no debate while the Assembly meets in an emergency special session on the
  // situation; the Assembly knows its own sessions best, whatever the Council's context assumed.
  const debateDueBy = state.session.status === 'open' ? null : command.vetoDebateDueBy;
  return [
    { type: 'veto-noted', data: { draftId: command.draftId, vetoedBy: command.vetoedBy, debateDueBy, vetoedAt: occurredIsoOf(command) } },
  ];
}
