import { CommandEnvelope, InvalidCommand, StateConflict, requireBody } from '@rtop/kernel';
import { requireText } from '../required-text';
import { SecretaryGeneralCase } from './secretary-general-case';
import { GoodOfficesOffered } from './secretary-general-events';

export interface OfferGoodOffices extends CommandEnvelope {
  readonly type: 'offer-good-offices';
  readonly offerId: string;
  /** The parties the offer is made to, as named; they may include parties that are not states. */
  readonly parties: readonly string[];
  readonly mandate: string;
}

export function offerGoodOffices(command: OfferGoodOffices, state: SecretaryGeneralCase): GoodOfficesOffered[] {
  requireBody(command.actor, 'un-secretary-general', 'offering good offices');
  if (state.goodOffices.has(command.offerId)) {
    throw new StateConflict('good-offices-offered-once', `good offices ${command.offerId} have already been offered`);
  }
  const parties = command.parties.map((p) => p.trim());
  if (!parties.length || parties.some((p) => !p) || new Set(parties).size !== parties.length) {
    throw new InvalidCommand('good-offices-name-the-parties', 'good offices are offered to named parties, each named once');
  }
  requireText(command.mandate, 'good-offices-mandate', 'an offer of good offices states what it is for');
  return [{ type: 'good-offices-offered', data: { offerId: command.offerId, parties, mandate: command.mandate } }];
}
