import { CommandEnvelope, OutsideRemit, StateConflict } from '@rtop/kernel';
import { parseState } from './member-state';
import { MemberStatesCase } from './member-states-case';
import { PostureAssessed } from './member-states-events';
import { POSTURE_ASSESSORS, Posture, PostureAssessor, requireReasons } from './posture';

export interface AssessPosture extends CommandEnvelope {
  readonly type: 'assess-posture';
  readonly caseId: string;
  readonly state: string;
  readonly posture: Posture;
  readonly reasons: readonly string[];
}

/**
 * The Joint Office's or the Secretary-General's reading of a state's posture. It sits beside
 * the state's declaration and never replaces it: a state that says it is willing may be
 * assessed as unwilling, and both stay on the record.
 */
export function assessPosture(command: AssessPosture, state: MemberStatesCase): PostureAssessed[] {
  const iso3 = parseState(command.state);
  const assessor = command.actor.body;
  if (!isAssessor(assessor)) {
    throw new OutsideRemit(
      'remit',
      `assessing a state’s posture is within the remit of ${POSTURE_ASSESSORS.join(' and ')} only; ${assessor} may not do it`,
    );
  }
  const reasons = requireReasons(command.reasons);
  const current = state.assessed
    .get(iso3)
    ?.filter((a) => a.assessedBy === assessor)
    .at(-1);
  if (current?.posture === command.posture) {
    throw new StateConflict('posture-changes', `${assessor} already assesses ${iso3} as ${command.posture} on case ${command.caseId}`);
  }
  return [
    {
      type: 'posture-assessed',
      data: {
        caseId: command.caseId,
        state: iso3,
        posture: command.posture,
        reasons,
        assessedBy: assessor,
        assessedAt: command.at.toISOString(),
      },
    },
  ];
}

function isAssessor(body: string): body is PostureAssessor {
  return (POSTURE_ASSESSORS as readonly string[]).includes(body);
}
