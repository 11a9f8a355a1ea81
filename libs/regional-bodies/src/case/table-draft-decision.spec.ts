import { given } from '@rtop/testing';
import { actorOf, at, decider, draftDecision, tabled, beforeEveryBody } from './regional.fixtures';
import { TableDraftDecision } from './table-draft-decision';

const table = (overrides: Partial<TableDraftDecision> = {}): TableDraftDecision => {
  const { parties, ...draft } = draftDecision(overrides.body ?? 'au-psc');
  return { type: 'table-draft-decision', ...draft, parties, actor: actorOf(overrides.body ?? 'au-psc'), at, ...overrides };
};

describe('table a draft decision', () => {
  it('puts a preventive draft before the body', () => {
    given(decider, beforeEveryBody)
      .when(table())
      .then([tabled('au-psc')]);
  });

  it('tables coercive action linking a Council authorisation not noted yet: the link is checked on adoption', () => {
    given(decider, beforeEveryBody)
      .when(table({ coercive: true, councilDecisionId: 'council-draft-1', parties: ['member-state:KEN'] }))
      .then([tabled('au-psc', { coercive: true, councilDecisionId: 'council-draft-1', parties: ['member-state:KEN'] })]);
  });

  it('tables a draft once', () => {
    given(decider, [...beforeEveryBody, tabled('au-psc')])
      .when(table())
      .thenRefuses('conflict', 'draft-tabled-once');
  });

  it('refuses coercive action as a procedural matter', () => {
    given(decider, beforeEveryBody)
      .when(table({ matter: 'procedural', coercive: true }))
      .thenRefuses('invalid', 'procedural-matters-are-not-enforcement');
  });

  it('names the parties as member states, each once', () => {
    given(decider, beforeEveryBody)
      .when(table({ parties: ['Kenya'] }))
      .thenRefuses('invalid', 'member-states', /Kenya/);
    given(decider, beforeEveryBody)
      .when(table({ parties: ['member-state:KEN', 'member-state:KEN'] }))
      .thenRefuses('invalid', 'member-states');
  });

  it('leaves the Art. 4(h) steps to the African Union', () => {
    const subject = { kind: 'article-4h-recommendation', grounds: ['genocide'] } as const;
    given(decider, beforeEveryBody)
      .when(table({ body: 'asean', actor: actorOf('asean'), subject }))
      .thenRefuses('invalid', 'article-4h-is-an-african-union-procedure');
    given(decider, beforeEveryBody)
      .when(table({ body: 'oas', actor: actorOf('oas'), subject }))
      .thenRefuses('invalid', 'article-4h-is-an-african-union-procedure');
  });

  it('keeps the two-thirds matter flag to the OAS', () => {
    given(decider, beforeEveryBody)
      .when(table({ twoThirdsRequired: true }))
      .thenRefuses('invalid', 'two-thirds-matters-are-an-oas-rule');
    given(decider, beforeEveryBody)
      .when(table({ body: 'osce', actor: actorOf('osce'), twoThirdsRequired: true }))
      .thenRefuses('invalid', 'two-thirds-matters-are-an-oas-rule');
  });

  it('is the body’s own to do: another body acts outside its remit', () => {
    given(decider, beforeEveryBody)
      .when(table({ actor: actorOf('oas') }))
      .thenRefuses('forbidden', 'remit', /au-psc only/);
  });
});
