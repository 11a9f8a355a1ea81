import { Decider } from '@rtop/kernel';
import { ReceiveAssessment, receiveAssessment } from './receive-assessment';
import { ReceivedAssessment, SecretaryGeneralEvent } from './secretary-general-events';
import { TransmitAssessment, transmitAssessment } from './transmit-assessment';

/** What the Secretary-General holds on a case: the assessments received and to whom each went. */
export interface SecretaryGeneralCase {
  readonly received: ReadonlyMap<string, ReceivedAssessment>;
  readonly transmittedTo: ReadonlyMap<string, ReadonlySet<string>>;
}

export type SecretaryGeneralCommand = ReceiveAssessment | TransmitAssessment;

export function evolve(state: SecretaryGeneralCase, event: SecretaryGeneralEvent): SecretaryGeneralCase {
  switch (event.type) {
    case 'assessment-received': {
      const { assessmentId, content, contentDigest } = event.data;
      return { ...state, received: new Map(state.received).set(assessmentId, { assessmentId, content, contentDigest }) };
    }
    case 'assessment-transmitted': {
      const { assessmentId, recipients } = event.data;
      const before = state.transmittedTo.get(assessmentId) ?? new Set<string>();
      return {
        ...state,
        transmittedTo: new Map(state.transmittedTo).set(assessmentId, new Set([...before, ...recipients])),
      };
    }
  }
}

export function decide(command: SecretaryGeneralCommand, state: SecretaryGeneralCase): readonly SecretaryGeneralEvent[] {
  switch (command.type) {
    case 'receive-assessment':
      return receiveAssessment(command, state);
    case 'transmit-assessment':
      return transmitAssessment(command, state);
  }
}

export const secretaryGeneralDecider: Decider<SecretaryGeneralCommand, SecretaryGeneralEvent, SecretaryGeneralCase> = {
  decide,
  evolve,
  initialState: { received: new Map(), transmittedTo: new Map() },
};
