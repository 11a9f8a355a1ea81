import { CommandEnvelope, InvalidCommand, StateConflict, requireBody } from '@rtop/kernel';
import { ECOSOC } from './organs';
import { OtherOrgansCase } from './other-organs-case';
import { EcosocAddressee, EcosocRecommendationMade } from './other-organs-events';
import { requireText } from './text';

export interface MakeRecommendation extends CommandEnvelope {
  readonly type: 'make-recommendation';
  readonly caseId: string;
  readonly recommendationId: string;
  readonly addressees: readonly EcosocAddressee[];
  readonly text: string;
}

/** ECOSOC recommends to the Assembly, the Members and the specialised agencies (Charter Art. 62). */
export function makeRecommendation(command: MakeRecommendation, state: OtherOrgansCase): EcosocRecommendationMade[] {
  requireBody(command.actor, ECOSOC, 'making an ECOSOC recommendation');
  if (state.recommendations.has(command.recommendationId)) {
    throw new StateConflict('recommendation-made-once', `recommendation ${command.recommendationId} is already on case ${command.caseId}`);
  }
  const { addressees } = command;
  if (!addressees.length || new Set(addressees).size !== addressees.length) {
    throw new InvalidCommand(
      'ecosoc-recommendation-addressees',
      'a recommendation is addressed to at least one addressee, each named once',
    );
  }
  const text = requireText('recommendation-stated', 'a recommendation', command.text);
  return [
    { type: 'ecosoc-recommendation-made', data: { caseId: command.caseId, recommendationId: command.recommendationId, addressees, text } },
  ];
}
