import { CommandEnvelope, InvalidCommand, NotFound, StateConflict, requireBody } from '@rtop/kernel';
import { requireText } from '../required-text';
import { RECOMMENDATION_RECIPIENTS } from './recipients';
import { SecretaryGeneralCase } from './secretary-general-case';
import { RecommendationMade } from './secretary-general-events';

export interface MakeRecommendation extends CommandEnvelope {
  readonly type: 'make-recommendation';
  readonly recommendationId: string;
  readonly recipient: string;
  readonly content: string;
  /** The standing group's options the recommendation draws on, if any. */
  readonly optionIds?: readonly string[];
}

/**
 * The Secretary-General chooses among the options the standing group laid out; naming them keeps
 * on record which of the full panoply went forward.
 */
export function makeRecommendation(command: MakeRecommendation, state: SecretaryGeneralCase): RecommendationMade[] {
  requireBody(command.actor, 'un-secretary-general', 'making a recommendation to an organ');
  if (state.recommendations.has(command.recommendationId)) {
    throw new StateConflict('recommendation-made-once', `recommendation ${command.recommendationId} has already been made`);
  }
  if (!(RECOMMENDATION_RECIPIENTS as readonly string[]).includes(command.recipient)) {
    throw new InvalidCommand(
      'recommendation-to-an-organ',
      `${command.recipient} is not an organ the Secretary-General recommends to; recipients are ${RECOMMENDATION_RECIPIENTS.join(', ')}`,
    );
  }
  requireText(command.content, 'recommendation-content', 'a recommendation says what is recommended');
  const optionIds = [...new Set(command.optionIds ?? [])];
  const tabled = state.standingGroup.status === 'convened' ? state.standingGroup.options : new Map();
  const unknown = optionIds.find((id) => !tabled.has(id));
  if (unknown) {
    throw new NotFound(
      'recommendation-draws-on-tabled-options',
      `option ${unknown} has not been tabled in the standing group on this case`,
    );
  }
  const { recommendationId, recipient, content } = command;
  return [{ type: 'recommendation-made', data: { recommendationId, recipient, content, optionIds } }];
}
