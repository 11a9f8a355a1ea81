import { CommandEnvelope, InvalidCommand, REGIONAL_BODIES, RegionalBody, requireBody } from '@rtop/kernel';
import { RegionalCase } from './regional-case';
import { AuthorisedMeasure, CouncilAuthorisationNoted } from './regional-events';

/** Delivered from the event log when the Security Council adopts a decision authorising regional bodies. */
export interface NoteCouncilAuthorisation extends CommandEnvelope {
  readonly type: 'note-council-authorisation';
  readonly caseId: string;
  readonly councilDecisionId: string;
  readonly chapter: string;
  readonly measures: readonly AuthorisedMeasure[];
  readonly authorisedBodies: readonly string[];
}

/** Records the authorisation for the regional bodies it names, so their decisions can link to it. Noted once. */
export function noteCouncilAuthorisation(command: NoteCouncilAuthorisation, state: RegionalCase): CouncilAuthorisationNoted[] {
  requireBody(command.actor, 'un-security-council', 'authorising a regional body (Charter Art. 53)');
  if (state.authorisations.has(command.councilDecisionId)) return [];
  const bodies = command.authorisedBodies.filter((b): b is RegionalBody => (REGIONAL_BODIES as readonly string[]).includes(b));
  if (!bodies.length) {
    throw new InvalidCommand(
      'authorisation-names-a-regional-body',
      `Council decision ${command.councilDecisionId} authorises no regional body (${REGIONAL_BODIES.join(', ')})`,
    );
  }
  const { councilDecisionId, chapter, measures } = command;
  return [
    {
      type: 'council-authorisation-noted',
      data: { councilDecisionId, chapter, bodies, measures, authorisesEnforcement: measures.some((m) => m.coercive) },
    },
  ];
}
