import { CaseNoted, Decider, Knowing, NoteCase, NotFound, knowingCases } from '@rtop/kernel';
import { Measure } from './measure';
import { NoteCouncilDecision, noteCouncilDecision } from './note-council-decision';
import { NoteRegionalDecision, noteRegionalDecision } from './note-regional-decision';
import { NoteStateConsent, noteStateConsent } from './note-state-consent';
import { RecordMeasureOutcome, recordMeasureOutcome } from './record-measure-outcome';
import { RegisterMeasure, registerMeasure } from './register-measure';
import { NotedCouncilDecision, NotedRegionalDecision, NotedStateConsent, ResponsesEvent } from './responses-events';
import { UpdateMeasureStatus, updateMeasureStatus } from './update-measure-status';

/**
 * The responses to a case as the Secretary-General tracks them, with the decisions they rest on.
 * Those decisions are other bodies' facts: they arrive here as notes taken from those bodies'
 * events, never read from their stores.
 */
export interface Responses {
  readonly councilDecisions: ReadonlyMap<string, NotedCouncilDecision>;
  readonly regionalDecisions: ReadonlyMap<string, NotedRegionalDecision>;
  /** Keyed by stateConsentKey. */
  readonly stateConsents: ReadonlyMap<string, NotedStateConsent>;
  readonly measures: ReadonlyMap<string, Measure>;
}

export const stateConsentKey = (state: string, requestOrConsentId: string) => `${state}|${requestOrConsentId}`;

export type ResponsesCommand =
  NoteCouncilDecision | NoteRegionalDecision | NoteStateConsent | RegisterMeasure | UpdateMeasureStatus | RecordMeasureOutcome;

export function requireMeasure(state: Responses, measureId: string): Measure {
  const measure = state.measures.get(measureId);
  if (!measure) throw new NotFound('measure-registered', `no measure ${measureId} is registered on this case`);
  return measure;
}

export function evolve(state: Responses, event: ResponsesEvent): Responses {
  switch (event.type) {
    case 'council-decision-noted': {
      const { decisionId, chapter, procedural, measures, authorisedBodies, manifestFailureDetermined } = event.data;
      const decision = { decisionId, chapter, procedural, measures, authorisedBodies, manifestFailureDetermined };
      return { ...state, councilDecisions: new Map(state.councilDecisions).set(decisionId, decision) };
    }
    case 'regional-decision-noted': {
      const { decisionId, body, coercive, councilDecisionId } = event.data;
      return {
        ...state,
        regionalDecisions: new Map(state.regionalDecisions).set(decisionId, { decisionId, body, coercive, councilDecisionId }),
      };
    }
    case 'state-consent-noted': {
      const { state: memberState, requestOrConsentId, form } = event.data;
      const consent = { state: memberState, requestOrConsentId, form };
      return { ...state, stateConsents: new Map(state.stateConsents).set(stateConsentKey(memberState, requestOrConsentId), consent) };
    }
    case 'measure-registered':
      return { ...state, measures: new Map(state.measures).set(event.data.measureId, { ...event.data, status: 'planned' }) };
    case 'measure-status-updated': {
      const measure = state.measures.get(event.data.measureId) as Measure;
      const outcome = measure.status === 'planned' ? null : measure.outcome;
      const to = event.data.to as Exclude<Measure['status'], 'planned'>;
      return { ...state, measures: new Map(state.measures).set(measure.measureId, { ...measure, status: to, outcome }) };
    }
    case 'measure-outcome-recorded': {
      const measure = state.measures.get(event.data.measureId) as Exclude<Measure, { status: 'planned' }>;
      return { ...state, measures: new Map(state.measures).set(measure.measureId, { ...measure, outcome: event.data.outcome }) };
    }
  }
}

export function decide(command: ResponsesCommand, state: Responses): readonly ResponsesEvent[] {
  switch (command.type) {
    case 'note-council-decision':
      return noteCouncilDecision(command, state);
    case 'note-regional-decision':
      return noteRegionalDecision(command, state);
    case 'note-state-consent':
      return noteStateConsent(command, state);
    case 'register-measure':
      return registerMeasure(command, state);
    case 'update-measure-status':
      return updateMeasureStatus(command, state);
    case 'record-measure-outcome':
      return recordMeasureOutcome(command, state);
  }
}

const responses: Decider<ResponsesCommand, ResponsesEvent, Responses> = {
  decide,
  evolve,
  initialState: { councilDecisions: new Map(), regionalDecisions: new Map(), stateConsents: new Map(), measures: new Map() },
};

/** The responses to a case as its commands and reads see them: with what the stream knows of the case itself. */
export type ResponsesFile = Knowing<Responses>;
export type ResponsesFileCommand = ResponsesCommand | NoteCase;
export type ResponsesFileEvent = ResponsesEvent | CaseNoted;

/** Knows the cases the Joint Office opened and those another body decided on; refuses any other (404 `case-exists`). */
export const responsesDecider: Decider<ResponsesFileCommand, ResponsesFileEvent, ResponsesFile> = knowingCases(
  responses,
  'the Secretary-General',
  {
    placements: ['note-council-decision', 'note-regional-decision', 'note-state-consent'],
    placedBy: ['council-decision-noted', 'regional-decision-noted', 'state-consent-noted'],
  },
);
