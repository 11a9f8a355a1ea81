import { CaseNoted, Decider, Knowing, NoteCase, NotFound, knowingCases, laterOf } from '@rtop/kernel';
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
import { TakeUpSituation, takeUpSituation } from './take-up-situation';
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
  /** Why the Assembly took the situation up of its own initiative (Charter Arts. 10–14), if it did. */
  readonly takenUp?: string;
}

export type GeneralAssemblyCommand =
  | NoteAssessmentTransmitted
  | TakeUpSituation
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

/** A case comes before the Assembly through a transmission, a Council veto or request, a members' request, or its own initiative. */
export function isBeforeTheAssembly(state: GeneralAssemblyCase): boolean {
  return (
    state.agenda.size > 0 ||
    state.takenUp !== undefined ||
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
    case 'situation-taken-up':
      return { ...state, takenUp: event.data.reason };
    case 'draft-resolution-tabled':
      return {
        ...state,
        resolutions: new Map(state.resolutions).set(event.data.resolutionId, { ...event.data, status: 'voting', votes: new Map() }),
      };
    case 'vote-recorded': {
      const resolution = state.resolutions.get(event.data.resolutionId) as Resolution;
      const votes = new Map(resolution.votes).set(event.data.memberState, event.data.vote);
      const lastVoteAt = laterOf(resolution.lastVoteAt, event.data.castAt);
      return { ...state, resolutions: new Map(state.resolutions).set(resolution.resolutionId, { ...resolution, votes, lastVoteAt }) };
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
      const { draftId, vetoedBy, debateDueBy, vetoedAt } = event.data;
      const veto = { draftId, vetoedBy, ...(vetoedAt ? { vetoedAt } : {}) };
      const debate: VetoDebate = debateDueBy === null ? { ...veto, status: 'not-owed' } : { ...veto, status: 'due', dueBy: debateDueBy };
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
        ...(debate.vetoedAt ? { vetoedAt: debate.vetoedAt } : {}),
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
    case 'take-up-situation':
      return takeUpSituation(command, state);
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

const generalAssemblyCase: Decider<GeneralAssemblyCommand, GeneralAssemblyEvent, GeneralAssemblyCase> = {
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

/** The Assembly's file on a case as its commands and reads see it: with what it knows of the case itself. */
export type GeneralAssemblyFile = Knowing<GeneralAssemblyCase>;
export type GeneralAssemblyFileCommand = GeneralAssemblyCommand | NoteCase;
export type GeneralAssemblyFileEvent = GeneralAssemblyEvent | CaseNoted;

/** Knows the cases the Joint Office opened and those placed before the Assembly; refuses any other (404 `case-exists`). */
export const generalAssemblyDecider: Decider<GeneralAssemblyFileCommand, GeneralAssemblyFileEvent, GeneralAssemblyFile> = knowingCases(
  generalAssemblyCase,
  'the General Assembly',
  {
    placements: ['note-assessment-transmitted', 'note-council-request-for-session', 'note-veto'],
    placedBy: ['assessment-placed-on-agenda', 'council-request-for-session-noted', 'veto-noted'],
  },
);
