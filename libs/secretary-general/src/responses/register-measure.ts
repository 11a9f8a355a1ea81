import { CommandEnvelope, InvalidCommand, RuleViolated, StateConflict, isBody, requireBody } from '@rtop/kernel';
import { PILLARS, Pillar, requireCoercionUnderPillarIii } from '../pillar';
import { requireText } from '../required-text';
import { Authorisation, MeasureTerms } from './measure';
import { Responses, stateConsentKey } from './responses';
import { MeasureRegistered, NotedCouncilDecision } from './responses-events';

export interface RegisterMeasure extends CommandEnvelope {
  readonly type: 'register-measure';
  readonly measureId: string;
  readonly pillar: string;
  readonly coercive: boolean;
  readonly description: string;
  readonly authorisation: Authorisation;
  readonly implementingBody: string;
}

/**
 * The Secretary-General puts a response on the record with the decision it rests on. Each pillar
 * asks something different of that decision: pillar I is carried out by the state itself, pillar II
 * rests on the state's request or consent, and coercion under pillar III needs both the Council's
 * determination that national authorities are manifestly failing and the Council's authorisation
 * of the body that acts.
 */
export function registerMeasure(command: RegisterMeasure, state: Responses): MeasureRegistered[] {
  requireBody(command.actor, 'un-secretary-general', 'registering a response measure');
  if (state.measures.has(command.measureId)) {
    throw new StateConflict('measure-registered-once', `measure ${command.measureId} is already registered`);
  }
  if (!(PILLARS as readonly string[]).includes(command.pillar)) {
    throw new InvalidCommand(
      'pillars-of-the-responsibility-to-protect',
      `a measure falls under pillar I, II or III, not ${command.pillar}`,
    );
  }
  const pillar = command.pillar as Pillar;
  const implementingBody = command.implementingBody;
  if (!isBody(implementingBody)) throw new InvalidCommand('implementing-body-known', `${implementingBody} is not a body rtop knows`);
  requireText(command.description, 'measure-described', 'a measure says what is to be done');
  requireCoercionUnderPillarIii(pillar, command.coercive, `measure ${command.measureId}`);
  requireNoted(command.authorisation, state);

  if (pillar === 'I' && !implementingBody.startsWith('member-state:')) {
    throw new RuleViolated(
      'pillar-i-rests-with-the-state',
      `a pillar I measure is carried out by the state itself, not ${implementingBody}`,
    );
  }
  if (pillar === 'II' && command.authorisation.kind !== 'state-request-or-consent') {
    throw new RuleViolated(
      'pillar-ii-needs-request-or-consent',
      'pillar II assistance rests on the state’s request for it or consent to it',
    );
  }
  if (pillar === 'III' && command.coercive) {
    requireManifestFailureDetermined(state);
    requireCouncilAuthorisation(command.authorisation, implementingBody, state);
  }
  const { measureId, coercive, description, authorisation } = command;
  const terms: MeasureTerms = { measureId, pillar, coercive, description, authorisation, implementingBody };
  return [{ type: 'measure-registered', data: terms }];
}

function requireNoted(authorisation: Authorisation, state: Responses): void {
  const noted =
    authorisation.kind === 'council-decision'
      ? state.councilDecisions.has(authorisation.decisionId)
      : authorisation.kind === 'regional-decision'
        ? state.regionalDecisions.has(authorisation.decisionId)
        : state.stateConsents.has(stateConsentKey(authorisation.state, authorisation.requestOrConsentId));
  if (!noted) {
    const named =
      authorisation.kind === 'state-request-or-consent'
        ? `${authorisation.state} ${authorisation.requestOrConsentId}`
        : authorisation.decisionId;
    throw new RuleViolated('authorising-decision-noted', `no ${authorisation.kind} ${named} has been noted on this case`);
  }
}

function requireManifestFailureDetermined(state: Responses): void {
  if (![...state.councilDecisions.values()].some((d) => d.manifestFailureDetermined)) {
    throw new RuleViolated(
      'coercion-needs-manifest-failure-determined',
      'a coercive pillar III measure needs a Security Council determination that national authorities are manifestly failing to protect their populations',
    );
  }
}

/**
 * The Council authorises coercion by a body when one of its decisions carries a coercive measure
 * and names that body; a regional body's enforcement rests on such a decision linked to its own
 * (Art. 53(1)).
 */
function requireCouncilAuthorisation(authorisation: Authorisation, implementingBody: string, state: Responses): void {
  const authorises = (decision: NotedCouncilDecision | undefined, body: string) =>
    !!decision && decision.measures.some((m) => m.coercive) && decision.authorisedBodies.includes(body as never);
  let authorised = false;
  if (authorisation.kind === 'council-decision') {
    authorised = authorises(state.councilDecisions.get(authorisation.decisionId), implementingBody);
  } else if (authorisation.kind === 'regional-decision') {
    const regional = state.regionalDecisions.get(authorisation.decisionId);
    const council = regional?.councilDecisionId ? state.councilDecisions.get(regional.councilDecisionId) : undefined;
    authorised = regional?.body === implementingBody && authorises(council, implementingBody);
  }
  if (!authorised) {
    throw new RuleViolated(
      'coercion-needs-council-authorisation',
      `coercion by ${implementingBody} needs a Security Council decision that carries a coercive measure and authorises ${implementingBody}; ${describe(authorisation)} does not`,
    );
  }
}

function describe(authorisation: Authorisation): string {
  return authorisation.kind === 'state-request-or-consent'
    ? `a state's request or consent`
    : `${authorisation.kind} ${authorisation.decisionId}`;
}
