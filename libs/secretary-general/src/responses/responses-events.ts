import { Body, DomainEvent } from '@rtop/kernel';
import { MeasureStatus, MeasureTerms } from './measure';

/** A Security Council decision as this context keeps it: what it determined and whom it authorised. */
export interface NotedCouncilDecision {
  readonly decisionId: string;
  readonly chapter: string;
  readonly procedural: boolean;
  readonly measures: readonly { readonly kind: string; readonly coercive: boolean }[];
  readonly authorisedBodies: readonly Body[];
  readonly manifestFailureDetermined: boolean;
}

export interface NotedRegionalDecision {
  readonly decisionId: string;
  readonly body: Body;
  readonly coercive: boolean;
  /** The Council decision the regional body acts under, if any (Art. 53). */
  readonly councilDecisionId: string | null;
}

export interface NotedStateConsent {
  /** ISO 3166-1 alpha-3, as the member states' context records it. */
  readonly state: string;
  readonly requestOrConsentId: string;
  readonly form: 'request' | 'consent';
}

interface FromSourceEvent {
  /** The event, in the deciding body's context, this note was taken from. */
  readonly sourceEventId: string;
}

export type CouncilDecisionNoted = DomainEvent<'council-decision-noted', NotedCouncilDecision & FromSourceEvent>;
export type RegionalDecisionNoted = DomainEvent<'regional-decision-noted', NotedRegionalDecision & FromSourceEvent>;
export type StateConsentNoted = DomainEvent<'state-consent-noted', NotedStateConsent & FromSourceEvent>;

export type MeasureRegistered = DomainEvent<'measure-registered', MeasureTerms>;
export type MeasureStatusUpdated = DomainEvent<
  'measure-status-updated',
  { readonly measureId: string; readonly from: MeasureStatus; readonly to: MeasureStatus }
>;
/** Each outcome reported is kept: a later report adds to the record, it never replaces it. */
export type MeasureOutcomeRecorded = DomainEvent<'measure-outcome-recorded', { readonly measureId: string; readonly outcome: string }>;

export type ResponsesEvent =
  CouncilDecisionNoted | RegionalDecisionNoted | StateConsentNoted | MeasureRegistered | MeasureStatusUpdated | MeasureOutcomeRecorded;
