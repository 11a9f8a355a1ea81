import { GeneralAssemblyCase } from './general-assembly-case';

interface Veto {
  readonly draftId: string;
  readonly vetoedBy: readonly string[];
  /** When the veto was cast, where known. */
  readonly vetoedAt?: string;
}

/**
 * The formal meeting res. 76/262 OP1 asks for after a veto: owed within ten working days unless
 * the Assembly meets in an emergency special session on the same situation.
 */
export type VetoDebate =
  | (Veto & { readonly status: 'not-owed' })
  | (Veto & { readonly status: 'due'; readonly dueBy: string })
  | (Veto & { readonly status: 'superseded'; readonly dueBy: string; readonly sessionId: string })
  | (Veto & { readonly status: 'held'; readonly dueBy: string | null; readonly heldAt: string });

export type DueVetoDebate = Extract<VetoDebate, { status: 'due' }>;

/** Debates past their due date and neither held nor met by an emergency special session. */
export function overdueVetoDebates(state: Pick<GeneralAssemblyCase, 'vetoDebates'>, now: Date): DueVetoDebate[] {
  return [...state.vetoDebates.values()].filter(
    (debate): debate is DueVetoDebate => debate.status === 'due' && Date.parse(debate.dueBy) < now.getTime(),
  );
}
