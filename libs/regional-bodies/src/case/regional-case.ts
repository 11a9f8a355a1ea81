import {
  CaseNoted,
  CommandEnvelope,
  Decider,
  Knowing,
  MemberStateBody,
  NoteCase,
  NotFound,
  RegionalBody,
  StateConflict,
  knowingCases,
  requireOccurredNotBefore,
} from '@rtop/kernel';
import { decisionRules } from './decision-rules/decision-rules';
import { ApplyConsensusMinusOne, applyConsensusMinusOne } from './apply-consensus-minus-one';
import { NoteAssessmentTransmitted, noteAssessmentTransmitted } from './note-assessment-transmitted';
import { NoteCouncilAuthorisation, noteCouncilAuthorisation } from './note-council-authorisation';
import { RecordConsensusOutcome, recordConsensusOutcome } from './record-consensus-outcome';
import { RecordSummitDecisionMode, recordSummitDecisionMode } from './record-summit-decision-mode';
import { RecordVote, recordVote } from './record-vote';
import { DEFAULT_REGIONAL_RULES, RegionalRules } from './regional-rules';
import {
  CouncilAuthorisationNoted,
  DraftDecision,
  EarlyWarningReportSubmitted,
  RegionalCaseEvent,
  SummitDecisionMode,
} from './regional-events';
import { SubmitEarlyWarningReport, submitEarlyWarningReport } from './submit-early-warning-report';
import { TableDraftDecision, tableDraftDecision } from './table-draft-decision';

export type DraftStanding =
  | { readonly status: 'tabled' }
  | { readonly status: 'consensus-failed'; readonly objectors: readonly MemberStateBody[]; readonly failedAt?: string }
  | { readonly status: 'adopted'; readonly by: 'consensus' | 'vote'; readonly article53Conflict: boolean }
  | { readonly status: 'rejected'; readonly reason: string };

/** An explicit procedural decision that changes how one draft is decided. */
export type Procedure =
  | { readonly kind: 'consensus-minus-one'; readonly stateConcerned: MemberStateBody; readonly basis: string }
  | { readonly kind: 'summit-decision-mode'; readonly mode: SummitDecisionMode; readonly basis: string };

export interface Draft {
  readonly decision: DraftDecision;
  readonly standing: DraftStanding;
  readonly procedure: Procedure | null;
}

export interface PlacedAssessment {
  readonly transmissionId: string;
  readonly assessmentId: string;
  readonly contentDigest: string;
  readonly content: Readonly<Record<string, unknown>>;
  readonly bodies: readonly RegionalBody[];
}

export type NotedAuthorisation = CouncilAuthorisationNoted['data'];
export type EarlyWarningReport = EarlyWarningReportSubmitted['data'];

/** What the regional bodies hold on one case. Cross-context facts arrive as notes, never by reading another store. */
export interface RegionalCase {
  readonly transmissions: ReadonlyMap<string, PlacedAssessment>;
  readonly authorisations: ReadonlyMap<string, NotedAuthorisation>;
  readonly drafts: ReadonlyMap<string, Draft>;
  readonly earlyWarningReports: ReadonlyMap<string, EarlyWarningReport>;
}

export type RegionalCaseCommand =
  | NoteAssessmentTransmitted
  | NoteCouncilAuthorisation
  | TableDraftDecision
  | RecordConsensusOutcome
  | RecordVote
  | ApplyConsensusMinusOne
  | RecordSummitDecisionMode
  | SubmitEarlyWarningReport;

/**
 * A decision on a draft happens at a meeting of the body after the draft was tabled before it,
 * and a vote after consensus on it failed. The time each was known at is in the draft's record.
 */
export function requireDecidedAfterTabling(command: CommandEnvelope, draft: Draft, act: string): void {
  requireOccurredNotBefore(command, draft.decision.tabledAt, 'tabled', act);
  if (draft.standing.status === 'consensus-failed') requireOccurredNotBefore(command, draft.standing.failedAt, 'consensus-failed', act);
}

/**
 * The case is before `body`: an assessment transmitted to it, a Council authorisation naming it, a
 * draft of its own, or, for the AU Assembly, the PSC's adopted recommendation of an Art. 4(h)
 * intervention. Known to the regional bodies is not before any one of them.
 */
export function isBeforeBody(state: RegionalCase, body: RegionalBody): boolean {
  return (
    [...state.transmissions.values()].some((t) => t.bodies.includes(body)) ||
    [...state.authorisations.values()].some((a) => a.bodies.includes(body)) ||
    [...state.drafts.values()].some((d) => d.decision.body === body) ||
    (body === 'au-assembly' &&
      [...state.drafts.values()].some(
        (d) => d.decision.body === 'au-psc' && d.decision.subject.kind === 'article-4h-recommendation' && d.standing.status === 'adopted',
      ))
  );
}

/** A body drafts and decides only on a case placed before it: any other is answered as a case that does not exist (404 `case-exists`). */
export function requireBeforeBody(state: RegionalCase, body: RegionalBody, caseId: string): void {
  if (!isBeforeBody(state, body)) {
    throw new NotFound(
      'case-exists',
      `case ${caseId} has not been placed before ${body}: no assessment transmitted to it, no Council authorisation naming it`,
    );
  }
}

/** A draft before `body` that has not yet been adopted or rejected. */
export function requireUndecidedDraft(state: RegionalCase, body: RegionalBody, draftId: string): Draft {
  const draft = state.drafts.get(draftId);
  if (!draft || draft.decision.body !== body) {
    throw new NotFound('draft-tabled', `no draft ${draftId} has been tabled before ${body} on this case`);
  }
  if (draft.standing.status === 'adopted' || draft.standing.status === 'rejected') {
    throw new StateConflict('decided-once', `draft ${draftId} was already ${draft.standing.status}`);
  }
  return draft;
}

function withDraft(state: RegionalCase, draftId: string, change: (draft: Draft) => Draft): RegionalCase {
  const draft = state.drafts.get(draftId) as Draft;
  return { ...state, drafts: new Map(state.drafts).set(draftId, change(draft)) };
}

export function evolve(state: RegionalCase, event: RegionalCaseEvent): RegionalCase {
  switch (event.type) {
    case 'assessment-placed-before-body': {
      const { body, ...assessment } = event.data;
      const bodies = state.transmissions.get(assessment.transmissionId)?.bodies ?? [];
      return {
        ...state,
        transmissions: new Map(state.transmissions).set(assessment.transmissionId, { ...assessment, bodies: [...bodies, body] }),
      };
    }
    case 'council-authorisation-noted':
      return { ...state, authorisations: new Map(state.authorisations).set(event.data.councilDecisionId, event.data) };
    case 'draft-decision-tabled':
      return {
        ...state,
        drafts: new Map(state.drafts).set(event.data.draftId, { decision: event.data, standing: { status: 'tabled' }, procedure: null }),
      };
    case 'consensus-reached':
      return withDraft(state, event.data.draftId, (d) => ({
        ...d,
        standing: { status: 'adopted', by: 'consensus', article53Conflict: false },
      }));
    case 'consensus-failed':
      return withDraft(state, event.data.draftId, (d) => ({
        ...d,
        standing: {
          status: 'consensus-failed',
          objectors: event.data.objectors,
          ...(event.data.failedAt ? { failedAt: event.data.failedAt } : {}),
        },
      }));
    case 'consensus-minus-one-applied': {
      const { stateConcerned, basis } = event.data;
      return withDraft(state, event.data.draftId, (d) => ({ ...d, procedure: { kind: 'consensus-minus-one', stateConcerned, basis } }));
    }
    case 'summit-decision-mode-recorded': {
      const { mode, basis } = event.data;
      return withDraft(state, event.data.draftId, (d) => ({ ...d, procedure: { kind: 'summit-decision-mode', mode, basis } }));
    }
    case 'regional-vote-taken':
      if (!event.data.carried) return state;
      return withDraft(state, event.data.draftId, (d) => ({ ...d, standing: { status: 'adopted', by: 'vote', article53Conflict: false } }));
    case 'regional-decision-adopted':
      // The published announcement of an adoption that consensus-reached or regional-vote-taken recorded.
      return state;
    case 'regional-decision-rejected':
      return withDraft(state, event.data.draftId, (d) => ({ ...d, standing: { status: 'rejected', reason: event.data.reason } }));
    case 'article-53-conflict-recorded':
      return withDraft(state, event.data.decisionId, (d) =>
        d.standing.status === 'adopted' ? { ...d, standing: { ...d.standing, article53Conflict: true } } : d,
      );
    case 'early-warning-report-submitted':
      return { ...state, earlyWarningReports: new Map(state.earlyWarningReports).set(event.data.reportId, event.data) };
  }
}

export const INITIAL_REGIONAL_CASE: RegionalCase = {
  transmissions: new Map(),
  authorisations: new Map(),
  drafts: new Map(),
  earlyWarningReports: new Map(),
};

/** The regional bodies' file on a case as commands and reads see it: with what they know of the case itself. */
export type RegionalFile = Knowing<RegionalCase>;
export type RegionalFileCommand = RegionalCaseCommand | NoteCase;
export type RegionalFileEvent = RegionalCaseEvent | CaseNoted;

/** The decider under a deployment's rule parameters; the defaults are stated in regional-rules.ts. */
export function regionalCaseDecider(
  parameters: RegionalRules = DEFAULT_REGIONAL_RULES,
): Decider<RegionalFileCommand, RegionalFileEvent, RegionalFile> {
  const rules = decisionRules(parameters);
  const decide = (command: RegionalCaseCommand, state: RegionalCase): readonly RegionalCaseEvent[] => {
    switch (command.type) {
      case 'note-assessment-transmitted':
        return noteAssessmentTransmitted(command, state);
      case 'note-council-authorisation':
        return noteCouncilAuthorisation(command, state);
      case 'table-draft-decision':
        return tableDraftDecision(command, state, rules);
      case 'record-consensus-outcome':
        return recordConsensusOutcome(command, state, rules);
      case 'record-vote':
        return recordVote(command, state, rules);
      case 'apply-consensus-minus-one':
        return applyConsensusMinusOne(command, state);
      case 'record-summit-decision-mode':
        return recordSummitDecisionMode(command, state);
      case 'submit-early-warning-report':
        return submitEarlyWarningReport(command, state);
    }
  };
  return knowingCases({ decide, evolve, initialState: INITIAL_REGIONAL_CASE }, 'the regional bodies', {
    placements: ['note-assessment-transmitted', 'note-council-authorisation'],
    placedBy: ['assessment-placed-before-body', 'council-authorisation-noted'],
  });
}
