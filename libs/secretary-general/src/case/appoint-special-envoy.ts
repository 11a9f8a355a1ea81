import { CommandEnvelope, NotFound, StateConflict, requireBody } from '@rtop/kernel';
import { requireText } from '../required-text';
import { SecretaryGeneralCase } from './secretary-general-case';
import { SpecialEnvoyAppointed } from './secretary-general-events';

export interface AppointSpecialEnvoy extends CommandEnvelope {
  readonly type: 'appoint-special-envoy';
  readonly envoyId: string;
  /** The good offices the envoy carries. */
  readonly offerId: string;
  readonly envoy: string;
  readonly mandate: string;
}

/** A special envoy is how good offices are dispatched: the offer comes first, the envoy carries it. */
export function appointSpecialEnvoy(command: AppointSpecialEnvoy, state: SecretaryGeneralCase): SpecialEnvoyAppointed[] {
  requireBody(command.actor, 'un-secretary-general', 'appointing a special envoy');
  if (state.envoys.has(command.envoyId)) {
    throw new StateConflict('envoy-appointed-once', `special envoy ${command.envoyId} has already been appointed`);
  }
  if (!state.goodOffices.has(command.offerId)) {
    throw new NotFound(
      'envoy-carries-good-offices',
      `no good offices ${command.offerId} have been offered on this case for an envoy to carry`,
    );
  }
  requireText(command.envoy, 'envoy-named', 'a special envoy is a named person');
  requireText(command.mandate, 'envoy-mandate', 'a special envoy’s appointment states the mandate');
  const { envoyId, offerId, envoy, mandate } = command;
  return [{ type: 'special-envoy-appointed', data: { envoyId, offerId, envoy, mandate } }];
}
