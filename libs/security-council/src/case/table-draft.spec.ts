import { given } from '@rtop/testing';
import { councilCaseDecider } from './council-case';
import { ResolutionProposal } from './draft';
import { TableDraft } from './table-draft';
import { at, caseId, france, resolution, securityCouncil, tabled, noted, onAgenda } from './council-case.fixtures';

const table = (overrides: Partial<Extract<TableDraft, { kind: 'resolution' }>> = {}): TableDraft => ({
  type: 'table-draft',
  caseId,
  draftId: 'draft-1',
  ...resolution,
  actor: securityCouncil,
  at,
  ...overrides,
});

const chapterVi = { chapter: 'VI', measures: [{ kind: 'good-offices', coercive: false }], authorisedBodies: [] } as const;

describe('table a draft', () => {
  it('tables a draft resolution with its chapter, measures, the bodies it would authorise and what it determines', () => {
    given(councilCaseDecider, [noted, onAgenda]).when(table()).then([tabled()]);
  });

  it('tables a Uniting for Peace call for an emergency special session of the General Assembly', () => {
    const proposal = { kind: 'emergency-special-session-request', title: 'Call for an emergency special session' } as const;
    given(councilCaseDecider, [noted, onAgenda])
      .when({ type: 'table-draft', caseId, draftId: 'draft-2', ...proposal, actor: securityCouncil, at })
      .then([tabled(proposal, 'draft-2')]);
  });

  it('tables a Chapter VI draft that recommends without coercion, naming the parties to the dispute', () => {
    const proposal: ResolutionProposal = { ...resolution, ...chapterVi, partiesToDispute: ['member-state:ZAF'] };
    given(councilCaseDecider, [noted, onAgenda])
      .when(table(proposal))
      .then([tabled(proposal)]);
  });

  it('refuses a coercive measure under Chapter VI, which only recommends', () => {
    given(councilCaseDecider, [noted, onAgenda])
      .when(table({ ...chapterVi, measures: [{ kind: 'sanctions', coercive: true }] }))
      .thenRefuses('rule-violated', 'chapter-vi-recommends-only', /sanctions/);
  });

  it('places Art. 52(3) in Chapter VIII only', () => {
    given(councilCaseDecider, [noted, onAgenda])
      .when(table({ underArticle52Paragraph3: true }))
      .thenRefuses('invalid', 'article-52-is-chapter-viii');
    const regional = { ...resolution, chapter: 'VIII', underArticle52Paragraph3: true } as const;
    given(councilCaseDecider, [noted, onAgenda])
      .when(table(regional))
      .then([tabled(regional)]);
  });

  it('authorises known bodies, each once', () => {
    given(councilCaseDecider, [noted, onAgenda])
      .when(table({ authorisedBodies: ['nato'] }))
      .thenRefuses('invalid', 'authorised-bodies-known', /nato/);
    given(councilCaseDecider, [noted, onAgenda])
      .when(table({ authorisedBodies: ['au-psc', 'au-psc'] }))
      .thenRefuses('invalid', 'authorised-bodies-known');
  });

  it('names member states as parties to a dispute', () => {
    given(councilCaseDecider, [noted, onAgenda])
      .when(table({ partiesToDispute: ['Kenya'] }))
      .thenRefuses('invalid', 'parties-to-dispute-are-states', /Kenya/);
  });

  it('names the kind of every measure, and gives the draft a title', () => {
    given(councilCaseDecider, [noted, onAgenda])
      .when(table({ measures: [{ kind: ' ', coercive: false }] }))
      .thenRefuses('invalid', 'measure-has-a-kind');
    given(councilCaseDecider, [noted, onAgenda])
      .when(table({ title: '' }))
      .thenRefuses('invalid', 'draft-has-a-title');
  });

  it('tables a draft once', () => {
    given(councilCaseDecider, [noted, onAgenda, tabled()]).when(table()).thenRefuses('conflict', 'draft-tabled-once');
  });

  it('needs the case on the Council’s agenda: known to the Council is not before it', () => {
    given(councilCaseDecider, [noted])
      .when(table())
      .thenRefuses('not-found', 'case-exists', /not on the Security Council's agenda/);
  });

  it('tables on a case the Council took up itself, or one the Secretary-General notified under Art. 99', () => {
    given(councilCaseDecider, [noted, { type: 'situation-taken-up', data: { reason: 'Art. 35' } }])
      .when(table())
      .then([tabled()]);
    given(councilCaseDecider, [
      { type: 'article-99-notification-placed-on-agenda', data: { notificationId: 'n-1', summary: 'Rift Valley' } },
    ])
      .when(table())
      .then([tabled()]);
  });

  it('is recorded by the Council, not by a member state on its own', () => {
    given(councilCaseDecider, [noted, onAgenda])
      .when(table({ actor: france }))
      .thenRefuses('forbidden', 'remit', /un-security-council only/);
  });
});
