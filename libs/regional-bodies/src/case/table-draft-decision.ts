import { CommandEnvelope, InvalidCommand, RegionalBody, StateConflict, occurredIsoOf, requireBody } from '@rtop/kernel';
import { parseArticle4hGrounds } from './decision-rules/article-4h';
import { DecisionRules } from './decision-rules/decision-rules';
import { parseMemberStates } from './participation';
import { RegionalCase, requireBeforeBody } from './regional-case';
import { DraftDecision, DraftDecisionTabled, DraftSubject, Matter } from './regional-events';

/** The subject as asked for; grounds are checked against Art. 4(h) here. */
export type RequestedSubject =
  | { readonly kind: 'ordinary' }
  | { readonly kind: 'article-4h-recommendation'; readonly grounds: readonly string[] }
  | { readonly kind: 'article-4h-intervention'; readonly grounds: readonly string[]; readonly pscRecommendationId: string };

export interface TableDraftDecision extends CommandEnvelope {
  readonly type: 'table-draft-decision';
  readonly caseId: string;
  readonly body: RegionalBody;
  readonly draftId: string;
  readonly title: string;
  readonly text: string;
  readonly matter: Matter;
  readonly coercive: boolean;
  readonly councilDecisionId: string | null;
  readonly parties: readonly string[];
  readonly twoThirdsRequired: boolean;
  readonly subject: RequestedSubject;
}

/**
 * Puts a draft before the body. The Council authorisation it links is checked when the draft is
 * adopted, since the authorisation may still be on its way through the log when the draft is tabled.
 */
export function tableDraftDecision(command: TableDraftDecision, state: RegionalCase, rules: DecisionRules): DraftDecisionTabled[] {
  requireBody(command.actor, command.body, `tabling a draft decision of ${command.body}`);
  requireBeforeBody(state, command.body, command.caseId);
  if (state.drafts.has(command.draftId)) throw new StateConflict('draft-tabled-once', `draft ${command.draftId} is already tabled`);
  if (command.matter === 'procedural' && command.coercive) {
    throw new InvalidCommand('procedural-matters-are-not-enforcement', 'a procedural matter cannot decide coercive action');
  }
  const { caseId, body, draftId, title, text, matter, coercive, councilDecisionId, twoThirdsRequired } = command;
  const draft: DraftDecision = {
    draftId,
    caseId,
    body,
    title,
    text,
    matter,
    coercive,
    councilDecisionId,
    parties: parseMemberStates(command.parties, 'parties'),
    twoThirdsRequired,
    subject: parseSubject(command.subject),
    tabledAt: occurredIsoOf(command),
  };
  rules[command.body].admit(draft, state);
  return [{ type: 'draft-decision-tabled', data: draft }];
}

function parseSubject(subject: RequestedSubject): DraftSubject {
  switch (subject.kind) {
    case 'ordinary':
      return subject;
    case 'article-4h-recommendation':
      return { kind: subject.kind, grounds: parseArticle4hGrounds(subject.grounds) };
    case 'article-4h-intervention':
      return { kind: subject.kind, grounds: parseArticle4hGrounds(subject.grounds), pscRecommendationId: subject.pscRecommendationId };
  }
}
