import { Body, CommandEnvelope, InvalidCommand, RuleViolated, StateConflict, isBody, isMemberStateBody, requireBody } from '@rtop/kernel';
import { CouncilCase, requireOnAgenda } from './council-case';
import { DraftTabled } from './council-case-events';
import { Chapter, Measure, Proposal } from './draft';

export type TableDraft = CommandEnvelope & {
  readonly type: 'table-draft';
  readonly caseId: string;
  readonly draftId: string;
} & (
    | {
        readonly kind: 'resolution';
        readonly title: string;
        readonly chapter: Chapter;
        readonly measures: readonly Measure[];
        readonly authorisedBodies: readonly string[];
        readonly manifestFailureDetermined: boolean;
        readonly credibleAtrocityPrevention: boolean;
        readonly partiesToDispute: readonly string[];
        readonly underArticle52Paragraph3: boolean;
      }
    | { readonly kind: 'emergency-special-session-request'; readonly title: string }
  );

export function tableDraft(command: TableDraft, state: CouncilCase): DraftTabled[] {
  requireBody(command.actor, 'un-security-council', 'tabling a draft before the Security Council');
  requireOnAgenda(state, command.caseId);
  if (state.drafts.has(command.draftId)) throw new StateConflict('draft-tabled-once', `draft ${command.draftId} is already tabled`);
  if (!command.title.trim()) throw new InvalidCommand('draft-has-a-title', 'a draft has a title');
  return [{ type: 'draft-tabled', data: { draftId: command.draftId, proposal: proposalOf(command) } }];
}

function proposalOf(command: TableDraft): Proposal {
  if (command.kind === 'emergency-special-session-request') return { kind: command.kind, title: command.title };
  const { title, chapter, measures, manifestFailureDetermined, credibleAtrocityPrevention, underArticle52Paragraph3 } = command;
  const coercive = measures.find((m) => m.coercive);
  if (chapter === 'VI' && coercive) {
    throw new RuleViolated(
      'chapter-vi-recommends-only',
      `measure '${coercive.kind}' is coercive: under Chapter VI the Council recommends procedures for pacific settlement; coercion is Chapter VII (or Art. 53 under Chapter VIII)`,
    );
  }
  if (underArticle52Paragraph3 && chapter !== 'VIII') {
    throw new InvalidCommand('article-52-is-chapter-viii', `Art. 52(3) belongs to Chapter VIII, not Chapter ${chapter}`);
  }
  if (measures.some((m) => !m.kind.trim())) throw new InvalidCommand('measure-has-a-kind', 'every measure names its kind');
  return {
    kind: 'resolution',
    title,
    chapter,
    measures,
    authorisedBodies: distinct(command.authorisedBodies, isBody, 'authorised-bodies-known', 'a body rtop knows'),
    manifestFailureDetermined,
    credibleAtrocityPrevention,
    partiesToDispute: distinct(command.partiesToDispute, isMemberStateBody, 'parties-to-dispute-are-states', 'a member state'),
    underArticle52Paragraph3,
  };
}

function distinct<T extends Body>(values: readonly string[], is: (value: string) => value is T, rule: string, what: string): T[] {
  const unknown = values.find((v) => !is(v));
  if (unknown !== undefined) throw new InvalidCommand(rule, `${unknown} is not ${what}`);
  const twice = values.find((v, i) => values.indexOf(v) !== i);
  if (twice !== undefined) throw new InvalidCommand(rule, `${twice} is named twice`);
  return values as T[];
}
