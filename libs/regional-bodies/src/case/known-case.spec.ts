import { given } from '@rtop/testing';
import { TableDraftDecision } from './table-draft-decision';
import { actorOf, at, caseId, decider, draftDecision, noted, placedBefore, tabled } from './regional.fixtures';

const table = (overrides: Partial<TableDraftDecision> = {}): TableDraftDecision => {
  const { parties, ...draft } = draftDecision(overrides.body ?? 'au-psc');
  return { type: 'table-draft-decision', ...draft, parties, actor: actorOf(overrides.body ?? 'au-psc'), at, ...overrides };
};
const note = {
  type: 'note-case',
  caseId,
  situation: 'Kenya, post-election violence',
  actor: { body: 'un-joint-office', person: 'sa', role: 'special-adviser' },
  at,
} as const;

describe('a case the regional bodies know, and a case before a body', () => {
  it('given a case never opened, when the AU PSC tables a draft or IGAD submits a report, then 404 case-exists and nothing is written', () => {
    given(decider)
      .when(table())
      .thenRefuses('not-found', 'case-exists', /no case .* is known to the regional bodies/);
    given(decider)
      .when({
        type: 'submit-early-warning-report',
        caseId,
        reportId: 'r-1',
        summary: 's',
        indicators: [],
        observedAt: at.toISOString(),
        location: 'x',
        actor: actorOf('igad'),
        at,
      })
      .thenRefuses('not-found', 'case-exists');
  });

  it('given a case opened but never placed before the AU PSC, when the PSC tables a decision, then 404 case-exists: known is not before the body', () => {
    given(decider, [noted])
      .when(table())
      .thenRefuses('not-found', 'case-exists', /has not been placed before au-psc/);
    given(decider, [noted, ...placedBefore('igad')])
      .when(table())
      .thenRefuses('not-found', 'case-exists');
  });

  it('given an assessment placed before the PSC, even before the case was noted, then the PSC decides on it', () => {
    given(decider, placedBefore('au-psc'))
      .when(table())
      .then([tabled('au-psc')]);
    given(decider, [noted, ...placedBefore('au-psc')])
      .when(table())
      .then([tabled('au-psc')]);
  });

  it('notes a case once: a second note changes nothing', () => {
    given(decider).when(note).then([noted]);
    given(decider, [noted]).when(note).then([]);
  });
});
