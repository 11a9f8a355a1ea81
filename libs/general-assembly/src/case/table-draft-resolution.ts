import { CommandEnvelope, RuleViolated, StateConflict, occurredIsoOf, requireBody } from '@rtop/kernel';
import { GeneralAssemblyCase, requireBeforeTheAssembly } from './general-assembly-case';
import { DraftResolutionTabled } from './general-assembly-events';
import { VotingRules } from './resolution';

export interface TableDraftResolution extends CommandEnvelope {
  readonly type: 'table-draft-resolution';
  readonly caseId: string;
  readonly resolutionId: string;
  readonly title: string;
  readonly text: string;
  readonly importantQuestion: boolean;
  readonly peaceAndSecurityRecommendation: boolean;
  /** From the context's configuration (GeneralAssemblyConfig). */
  readonly votingRules: VotingRules;
}

export function tableDraftResolution(command: TableDraftResolution, state: GeneralAssemblyCase): DraftResolutionTabled[] {
  requireBody(command.actor, 'un-general-assembly', 'tabling a draft resolution in the General Assembly');
  requireBeforeTheAssembly(state, command.caseId);
  if (state.resolutions.has(command.resolutionId)) {
    throw new StateConflict('resolution-tabled-once', `draft resolution ${command.resolutionId} is already tabled`);
  }
  // Art. 18(2) names recommendations on international peace and security as important questions:
  // such a draft cannot be put to a simple majority.
  if (command.peaceAndSecurityRecommendation && !command.importantQuestion) {
    throw new RuleViolated(
      'art-18-important-question',
      'a recommendation on the maintenance of international peace and security is an important question (Art. 18(2)): ' +
        'it needs two-thirds of the members present and voting',
    );
  }
  const { resolutionId, title, text, importantQuestion, peaceAndSecurityRecommendation, votingRules } = command;
  return [
    {
      type: 'draft-resolution-tabled',
      data: { resolutionId, title, text, importantQuestion, peaceAndSecurityRecommendation, votingRules, tabledAt: occurredIsoOf(command) },
    },
  ];
}
