import { CaseNoted, Decider, Knowing, NoteCase, NotFound, knowingCases, laterOf } from '@rtop/kernel';
import { CastVote, castVote } from './cast-vote';
import { ClassifyDraft, classifyDraft } from './classify-draft';
import { CloseVote, closeVote } from './close-vote';
import { CouncilCaseEvent } from './council-case-events';
import { Draft, DraftUnderVote } from './draft';
import { NoteArticle99Notification, noteArticle99Notification } from './note-article-99-notification';
import { NoteAssessmentTransmitted, noteAssessmentTransmitted } from './note-assessment-transmitted';
import { NoteEmergencySpecialSession, noteEmergencySpecialSession } from './note-emergency-special-session';
import { PutDraftToVote, putDraftToVote } from './put-draft-to-vote';
import { TableDraft, tableDraft } from './table-draft';
import { TakeUpSituation, takeUpSituation } from './take-up-situation';

export type AgendaItem =
  | { readonly basis: 'assessment'; readonly assessmentId: string; readonly transmissionId: string; readonly contentDigest: string }
  | { readonly basis: 'article-99'; readonly notificationId: string; readonly summary: string }
  /** The Council took the situation up itself (Charter Arts. 34–35). */
  | { readonly basis: 'council'; readonly reason: string };

/** What the Security Council holds on a case: its agenda items, its drafts, and what it knows of the Assembly's sessions. */
export interface CouncilCase {
  readonly agenda: readonly AgendaItem[];
  readonly drafts: ReadonlyMap<string, Draft>;
  /** Emergency special sessions on this situation the Assembly reported convened and not yet closed. */
  readonly openEmergencySessions: ReadonlySet<string>;
}

export type CouncilCaseCommand =
  | NoteAssessmentTransmitted
  | NoteArticle99Notification
  | NoteEmergencySpecialSession
  | TakeUpSituation
  | TableDraft
  | ClassifyDraft
  | PutDraftToVote
  | CastVote
  | CloseVote;

/** The Council decides only on what is on its agenda: an assessment or an Art. 99 notification placed there, or its own taking up. */
export function requireOnAgenda(state: CouncilCase, caseId: string): void {
  if (!state.agenda.length) {
    throw new NotFound(
      'case-exists',
      `case ${caseId} is not on the Security Council's agenda: nothing has been placed before it, nor has the Council taken it up`,
    );
  }
}

export function requireDraft(state: CouncilCase, draftId: string): Draft {
  const draft = state.drafts.get(draftId);
  if (!draft) throw new NotFound('draft-tabled', `no draft ${draftId} has been tabled on this case`);
  return draft;
}

export function evolve(state: CouncilCase, event: CouncilCaseEvent): CouncilCase {
  const withDraft = (draft: Draft): CouncilCase => ({ ...state, drafts: new Map(state.drafts).set(draft.draftId, draft) });
  const draft = 'draftId' in event.data ? state.drafts.get(event.data.draftId) : undefined;
  switch (event.type) {
    case 'assessment-placed-on-agenda':
      return { ...state, agenda: [...state.agenda, { basis: 'assessment', ...event.data }] };
    case 'article-99-notification-placed-on-agenda':
      return { ...state, agenda: [...state.agenda, { basis: 'article-99', ...event.data }] };
    case 'situation-taken-up':
      return { ...state, agenda: [...state.agenda, { basis: 'council', reason: event.data.reason }] };
    case 'emergency-special-session-noted': {
      const open = new Set(state.openEmergencySessions);
      if (event.data.status === 'convened') open.add(event.data.sessionId);
      else open.delete(event.data.sessionId);
      return { ...state, openEmergencySessions: open };
    }
    case 'draft-tabled':
      return withDraft({ status: 'tabled', ...event.data });
    case 'draft-classified': {
      const tabled = draft as Extract<Draft, { status: 'tabled' }>;
      return withDraft({ status: 'classified', draftId: event.data.draftId, proposal: tabled.proposal, procedural: event.data.procedural });
    }
    case 'draft-put-to-vote': {
      const classified = draft as Extract<Draft, { status: 'classified' }>;
      return withDraft({ ...classified, status: 'under-vote', ...event.data, votes: new Map() });
    }
    case 'vote-cast': {
      const open = draft as DraftUnderVote;
      return withDraft({
        ...open,
        votes: new Map(open.votes).set(event.data.member, event.data.vote),
        lastVoteAt: laterOf(open.lastVoteAt, event.data.castAt),
      });
    }
    case 'council-decision-adopted':
    case 'emergency-special-session-requested':
      return withDraft(decided(draft as DraftUnderVote, { kind: 'adopted' }));
    case 'draft-failed':
      return withDraft(decided(draft as DraftUnderVote, { kind: 'failed', affirmativeVotes: event.data.affirmativeVotes }));
    case 'draft-vetoed': {
      const { vetoedBy, vetoDebateDueBy } = event.data;
      return withDraft(decided(draft as DraftUnderVote, { kind: 'vetoed', vetoedBy, vetoDebateDueBy }));
    }
    // Records for the history: the tally and the accountability facts change no decision.
    case 'vote-closed':
    case 'obligatory-abstention-warning-recorded':
    case 'pledge-breached':
      return state;
  }
}

function decided(draft: DraftUnderVote, outcome: Extract<Draft, { status: 'decided' }>['outcome']): Draft {
  const { draftId, proposal, procedural, members, votes } = draft;
  return { status: 'decided', draftId, proposal, procedural, members, votes, outcome };
}

export function decide(command: CouncilCaseCommand, state: CouncilCase): readonly CouncilCaseEvent[] {
  switch (command.type) {
    case 'note-assessment-transmitted':
      return noteAssessmentTransmitted(command, state);
    case 'note-article-99-notification':
      return noteArticle99Notification(command, state);
    case 'note-emergency-special-session':
      return noteEmergencySpecialSession(command, state);
    case 'take-up-situation':
      return takeUpSituation(command, state);
    case 'table-draft':
      return tableDraft(command, state);
    case 'classify-draft':
      return classifyDraft(command, state);
    case 'put-draft-to-vote':
      return putDraftToVote(command, state);
    case 'cast-vote':
      return castVote(command, state);
    case 'close-vote':
      return closeVote(command, state);
  }
}

/** The Council's file on a case as its commands and reads see it: with what it knows of the case itself. */
export type CouncilFile = Knowing<CouncilCase>;
export type CouncilFileCommand = CouncilCaseCommand | NoteCase;
export type CouncilFileEvent = CouncilCaseEvent | CaseNoted;

const councilCase: Decider<CouncilCaseCommand, CouncilCaseEvent, CouncilCase> = {
  decide,
  evolve,
  initialState: { agenda: [], drafts: new Map(), openEmergencySessions: new Set() },
};

/** Knows the cases the Joint Office opened and those placed before the Council; refuses any other (404 `case-exists`). */
export const councilCaseDecider: Decider<CouncilFileCommand, CouncilFileEvent, CouncilFile> = knowingCases(
  councilCase,
  'the Security Council',
  {
    placements: ['note-assessment-transmitted', 'note-article-99-notification', 'note-emergency-special-session'],
    placedBy: ['assessment-placed-on-agenda', 'article-99-notification-placed-on-agenda', 'emergency-special-session-noted'],
  },
);
