import { CaseNoted, Decider, Knowing, NoteCase, knowingCases } from '@rtop/kernel';
import { AssistanceRequest, Consent } from './assistance';
import { AssessPosture, assessPosture } from './assess-posture';
import { ConsentToAssistance, consentToAssistance } from './consent-to-assistance';
import { DeclarePosture, declarePosture } from './declare-posture';
import { MemberStatesEvent } from './member-states-events';
import { AssessedPosture, DeclaredPosture } from './posture';
import { RequestAssistance, requestAssistance } from './request-assistance';
import { WithdrawConsent, withdrawConsent } from './withdraw-consent';

/**
 * The member states' side of a case. What a state declares and what others assess are two
 * histories, each keyed by the state's ISO 3166-1 alpha-3 code, oldest first.
 */
export interface MemberStatesCase {
  readonly declared: ReadonlyMap<string, readonly DeclaredPosture[]>;
  readonly assessed: ReadonlyMap<string, readonly AssessedPosture[]>;
  readonly requests: ReadonlyMap<string, AssistanceRequest>;
  readonly consents: ReadonlyMap<string, Consent>;
}

export type MemberStatesCommand = DeclarePosture | AssessPosture | RequestAssistance | ConsentToAssistance | WithdrawConsent;

export function evolve(state: MemberStatesCase, event: MemberStatesEvent): MemberStatesCase {
  switch (event.type) {
    case 'posture-declared': {
      const { state: iso3, posture, reasons, declaredAt } = event.data;
      const declared: DeclaredPosture = { posture, reasons, declaredAt };
      return { ...state, declared: new Map(state.declared).set(iso3, [...(state.declared.get(iso3) ?? []), declared]) };
    }
    case 'posture-assessed': {
      const { state: iso3, posture, reasons, assessedBy, assessedAt } = event.data;
      const assessed: AssessedPosture = { posture, reasons, assessedBy, assessedAt };
      return { ...state, assessed: new Map(state.assessed).set(iso3, [...(state.assessed.get(iso3) ?? []), assessed]) };
    }
    case 'assistance-requested':
      return { ...state, requests: new Map(state.requests).set(event.data.requestId, event.data) };
    case 'assistance-consented':
      return { ...state, consents: new Map(state.consents).set(event.data.consentId, { ...event.data, status: 'given' }) };
    case 'assistance-consent-withdrawn': {
      const given = state.consents.get(event.data.consentId);
      // Only a consent given is withdrawn: a log saying otherwise leaves the record as it was.
      if (!given) return state;
      return {
        ...state,
        consents: new Map(state.consents).set(event.data.consentId, { ...given, status: 'withdrawn', reason: event.data.reason }),
      };
    }
  }
}

export function decide(command: MemberStatesCommand, state: MemberStatesCase): readonly MemberStatesEvent[] {
  switch (command.type) {
    case 'declare-posture':
      return declarePosture(command, state);
    case 'assess-posture':
      return assessPosture(command, state);
    case 'request-assistance':
      return requestAssistance(command, state);
    case 'consent-to-assistance':
      return consentToAssistance(command, state);
    case 'withdraw-consent':
      return withdrawConsent(command, state);
  }
}

const memberStatesCase: Decider<MemberStatesCommand, MemberStatesEvent, MemberStatesCase> = {
  decide,
  evolve,
  initialState: { declared: new Map(), assessed: new Map(), requests: new Map(), consents: new Map() },
};

/** The member states' record on a case as commands and reads see it: with what it knows of the case itself. */
export type MemberStatesFile = Knowing<MemberStatesCase>;
export type MemberStatesFileCommand = MemberStatesCommand | NoteCase;
export type MemberStatesFileEvent = MemberStatesEvent | CaseNoted;

/** Knows the cases the Joint Office opened; a state's posture, request or consent on any other is refused (404 `case-exists`). */
export const memberStatesDecider: Decider<MemberStatesFileCommand, MemberStatesFileEvent, MemberStatesFile> = knowingCases(
  memberStatesCase,
  'the member states',
  {
    placements: [],
    placedBy: [],
  },
);
