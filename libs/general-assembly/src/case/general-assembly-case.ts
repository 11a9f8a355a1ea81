import { Decider, NotFound } from '@rtop/kernel';
import { CloseEmergencySpecialSession, closeEmergencySpecialSession } from './close-emergency-special-session';
import { CloseVoting, closeVoting } from './close-voting';
import { ConcurInSessionRequest, concurInSessionRequest } from './concur-in-session-request';
import { ConveneEmergencySpecialSession, conveneEmergencySpecialSession } from './convene-emergency-special-session';
import { Session } from './emergency-special-session';
import { AssessmentPlacedOnAgenda, GeneralAssemblyEvent } from './general-assembly-events';
import { HoldVetoDebate, holdVetoDebate } from './hold-veto-debate';
import { NoteAssessmentTransmitted, noteAssessmentTransmitted } from './note-assessment-transmitted';
import { NoteCouncilRequestForSession, noteCouncilRequestForSession } from './note-council-request-for-session';
import { NoteVeto, noteVeto } from './note-veto';
import { RecordVote, recordVote } from './record-vote';
import { RequestEmergencySpecialSession, requestEmergencySpecialSession } from './request-emergency-special-session';
import { Resolution } from './resolution';
import { TableDraftResolution, tableDraftResolution } from './table-draft-resolution';
import { VetoDebate } from './veto-debate';

export type AgendaItem = AssessmentPlacedOnAgenda['data'];

/** The Assembly's view of a case: what is before it, its drafts, its emergency sessions and the veto debates it owes. */
export interface GeneralAssemblyCase {
  /** Assessments transmitted to the Assembly, by assessment id. */
  readonly agenda: ReadonlyMap<string, AgendaItem>;
  readonly resolutions: ReadonlyMap<string, Resolution>;
  /** Council drafts whose adoption requested an emergency special session. */
  readonly councilRequests: ReadonlySet<string>;
  readonly session: Session;
  readonly closedSessions: readonly string[];
  /** By the id of the vetoed Council draft. */
  readonly vetoDebates: ReadonlyMap<string, VetoDebate>;
}

export type GeneralAssemblyCommand =
  | NoteAssessmentTransmitted
  | TableDraftResolution
  | RecordVote
  | CloseVoting
  | NoteCouncilRequestForSession
  | RequestEmergencySpecialSession
  | ConcurInSessionRequest
  | ConveneEmergencySpecialSession
  | CloseEmergencySpecialSession
  | NoteVeto
  | HoldVetoDebate;

/** A case comes before the Assembly through a transmission, a Council veto or request, or a members' request. */
export function isBeforeTheAssembly(state: GeneralAssemblyCase): boolean {
  return (
    state.agenda.size > 0 ||
    state.vetoDebates.size > 0 ||
    state.councilRequests.size > 0 ||
    state.session.status !== 'none' ||
    state.closedSessions.length > 0
  );
}

export function requireBeforeTheAssembly(state: GeneralAssemblyCase, caseId: string): GeneralAssemblyCase {
  if (!isBeforeTheAssembly(state)) throw new NotFound('case-before-the-assembly', `case ${caseId} is not before the General Assembly`);
  return state;
}

export function requireResolution(state: GeneralAssemblyCase, resolutionId: string): Resolution {
  const resolution = state.resolutions.get(resolutionId);
  if (!resolution) throw new NotFound('resolution-tabled', `no draft resolution ${resolutionId} has been tabled on this case`);
  return resolution;
}

export function evolve(state: GeneralAssemblyCase, event: GeneralAssemblyEvent): GeneralAssemblyCase {
  switch (event.type) {
    case 'assessment-placed-on-agenda':
      return { ...state, agenda: new Map(state.agenda).set(event.data.assessmentId, event.data) };
    case 'draft-resolution-tabled':
      return {
        ...state,
        resolutions: new Map(state.resolutions).set(event.data.resolutionId, { ...event.data, status: 'voting', votes: new Map() }),
      };
    case 'vote-recorded': {
      const resolution = state.resolutions.get(event.data.resolutionId) as Resolution;
      const votes = new Map(resolution.votes).set(event.data.memberState, event.data.vote);
      return { ...state, resolutions: new Map(state.resolutions).set(resolution.resolutionId, { ...resolution, votes }) };
    }
    case 'resolution-adopted':
    case 'resolution-rejected': {
      const resolution = state.resolutions.get(event.data.resolutionId) as Resolution;
      const status = event.type === 'resolution-adopted' ? 'adopted' : 'rejected';
      return {
        ...state,
        resolutions: new Map(state.resolutions).set(resolution.resolutionId, { ...resolution, status, tally: event.data.tally }),
      };
    }
    case 'council-request-for-session-noted':
      return { ...state, councilRequests: new Set(state.councilRequests).add(event.data.draftId) };
    case 'session-request-opened': {
      const { requestId, requestedBy, membership } = event.data;
      return { ...state, session: { status: 'collecting', requestId, membership, concurrences: new Set([requestedBy]) } };
    }
    case 'session-request-concurred': {
      const collecting = state.session as Extract<Session, { status: 'collecting' }>;
      return { ...state, session: { ...collecting, concurrences: new Set(collecting.concurrences).add(event.data.memberState) } };
    }
    case 'emergency-special-session-due':
      return { ...state, session: { status: 'due', basis: event.data.basis, dueBy: event.data.dueBy } };
    case 'emergency-special-session-convened':
      return { ...state, session: { status: 'open', sessionId: event.data.sessionId } };
    case 'emergency-special-session-convened-late':
      return state;
    case 'emergency-special-session-closed':
      return { ...state, session: { status: 'none' }, closedSessions: [...state.closedSessions, event.data.sessionId] };
    case 'veto-noted': {
      const { draftId, vetoedBy, debateDueBy } = event.data;
      const debate: VetoDebate =
        debateDueBy === null ? { draftId, vetoedBy, status: 'not-owed' } : { draftId, vetoedBy, status: 'due', dueBy: debateDueBy };
      return { ...state, vetoDebates: new Map(state.vetoDebates).set(draftId, debate) };
    }
    case 'veto-debate-superseded': {
      const debate = state.vetoDebates.get(event.data.draftId) as Extract<VetoDebate, { status: 'due' }>;
      const superseded: VetoDebate = { ...debate, status: 'superseded', sessionId: event.data.sessionId };
      return { ...state, vetoDebates: new Map(state.vetoDebates).set(debate.draftId, superseded) };
    }
    case 'veto-debate-held': {
      const debate = state.vetoDebates.get(event.data.draftId) as VetoDebate;
      const held: VetoDebate = {
        draftId: debate.draftId,
        vetoedBy: debate.vetoedBy,
        status: 'held',
        dueBy: debate.status === 'not-owed' ? null : debate.dueBy,
        heldAt: event.data.heldAt,
      };
      return { ...state, vetoDebates: new Map(state.vetoDebates).set(debate.draftId, held) };
    }
  }
}

export function decide(command: GeneralAssemblyCommand, state: GeneralAssemblyCase): readonly GeneralAssemblyEvent[] {
  switch (command.type) {
    case 'note-assessment-transmitted':
      return noteAssessmentTransmitted(command, state);
    case 'table-draft-resolution':
      return tableDraftResolution(command, state);
    case 'record-vote':
      return recordVote(command, state);
    case 'close-voting':
      return closeVoting(command, state);
    case 'note-council-request-for-session':
      return noteCouncilRequestForSession(command, state);
    case 'request-emergency-special-session':
      return requestEmergencySpecialSession(command, state);
    case 'concur-in-session-request':
      return concurInSessionRequest(command, state);
    case 'convene-emergency-special-session':
      return conveneEmergencySpecialSession(command, state);
    case 'close-emergency-special-session':
      return closeEmergencySpecialSession(command, state);
    case 'note-veto':
      return noteVeto(command, state);
    case 'hold-veto-debate':
      return holdVetoDebate(command, state);
  }
}

export const generalAssemblyDecider: Decider<GeneralAssemblyCommand, GeneralAssemblyEvent, GeneralAssemblyCase> = {
  decide,
  evolve,
  initialState: {
    agenda: new Map(),
    resolutions: new Map(),
    councilRequests: new Set(),
    session: { status: 'none' },
    closedSessions: [],
    vetoDebates: new Map(),
  },
};
