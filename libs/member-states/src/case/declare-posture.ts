import { CommandEnvelope, StateConflict, occurredIsoOf, requireOccurredNotBefore } from '@rtop/kernel';
import { parseState, requireTheStateItself } from './member-state';
import { MemberStatesCase } from './member-states-case';
import { PostureDeclared } from './member-states-events';
import { Posture, requireReasons } from './posture';

export interface DeclarePosture extends CommandEnvelope {
  readonly type: 'declare-posture';
  readonly caseId: string;
  readonly state: string;
  readonly posture: Posture;
  readonly reasons: readonly string[];
}

/** A state's own account of where it stands (pillar I); each change is recorded with its reasons. */
export function declarePosture(command: DeclarePosture, state: MemberStatesCase): PostureDeclared[] {
  const iso3 = parseState(command.state);
  requireTheStateItself(command.actor, iso3, 'declaring a state’s posture');
  const reasons = requireReasons(command.reasons);
  const current = state.declared.get(iso3)?.at(-1);
  if (current?.posture === command.posture) {
    throw new StateConflict('posture-changes', `${iso3} already declares itself ${command.posture} on case ${command.caseId}`);
  }
  // Postures follow one another: a change is declared after the posture it changes.
  requireOccurredNotBefore(command, current?.declaredAt, 'posture-declared', `${iso3}'s declaration of its posture`);
  return [
    {
      type: 'posture-declared',
      data: { caseId: command.caseId, state: iso3, posture: command.posture, reasons, declaredAt: occurredIsoOf(command) },
    },
  ];
}
