import { NoteCase } from '@rtop/kernel';
import { given } from '@rtop/testing';
import { councilCaseDecider } from './council-case';
import { TakeUpSituation } from './take-up-situation';
import { at, caseId, france, noted, onAgenda, resolution, secretaryGeneral, securityCouncil, tabled } from './council-case.fixtures';
import { TableDraft } from './table-draft';

const jointOffice = { body: 'un-joint-office', person: 'Special Adviser', role: 'special-adviser' } as const;
const note = (overrides: Partial<NoteCase> = {}): NoteCase => ({
  type: 'note-case',
  caseId,
  situation: 'Kenya, post-election violence',
  actor: jointOffice,
  at,
  ...overrides,
});
const takeUp = (overrides: Partial<TakeUpSituation> = {}): TakeUpSituation => ({
  type: 'take-up-situation',
  caseId,
  reason: 'Kenya brought the situation to the Council’s attention (Art. 35)',
  actor: securityCouncil,
  at,
  ...overrides,
});
const table: TableDraft = { type: 'table-draft', caseId, draftId: 'draft-1', ...resolution, actor: securityCouncil, at };

describe('a case the Council knows', () => {
  it('given a case never opened, when the Council tables a draft or takes it up, then 404 case-exists and nothing is written', () => {
    given(councilCaseDecider)
      .when(table)
      .thenRefuses('not-found', 'case-exists', /no case .* is known to the Security Council/);
    given(councilCaseDecider).when(takeUp()).thenRefuses('not-found', 'case-exists');
    given(councilCaseDecider)
      .when({ type: 'classify-draft', caseId, draftId: 'draft-1', procedural: false, actor: securityCouncil, at })
      .thenRefuses('not-found', 'case-exists');
  });

  it('given the Joint Office opened the case, when it is noted, then case-noted records the situation', () => {
    given(councilCaseDecider)
      .when(note())
      .then([{ type: 'case-noted', data: { caseId, situation: 'Kenya, post-election violence' } }]);
  });

  it('given the case noted, when it is noted again, then nothing changes', () => {
    given(councilCaseDecider, [noted]).when(note()).then([]);
    given(councilCaseDecider, [onAgenda, noted]).when(note()).then([]);
  });

  it('given a case noted, when anyone but the Joint Office notes it, then 403', () => {
    given(councilCaseDecider)
      .when(note({ actor: secretaryGeneral }))
      .thenRefuses('forbidden', 'remit', /un-joint-office only/);
  });

  it('given an assessment placed on the agenda before the case was noted, then the case is known and the Council decides on it', () => {
    given(councilCaseDecider, [onAgenda]).when(table).then([tabled()]);
    given(councilCaseDecider, [onAgenda])
      .when(note())
      .then([{ type: 'case-noted', data: { caseId, situation: 'Kenya, post-election violence' } }]);
  });
});

describe('take up a situation of the Council’s own motion (Charter Arts. 34–35)', () => {
  it('given a known case not on the agenda, when the Council takes it up, then it is on the agenda and drafts may be tabled', () => {
    given(councilCaseDecider, [noted])
      .when(takeUp())
      .then([{ type: 'situation-taken-up', data: { reason: 'Kenya brought the situation to the Council’s attention (Art. 35)' } }]);
  });

  it('needs no assessment placed first, and is taken up once', () => {
    given(councilCaseDecider, [noted, onAgenda])
      .when(takeUp())
      .then([{ type: 'situation-taken-up', data: { reason: takeUp().reason } }]);
    given(councilCaseDecider, [noted, { type: 'situation-taken-up', data: { reason: 'Art. 34' } }])
      .when(takeUp())
      .thenRefuses('conflict', 'situation-taken-up-once');
  });

  it('states why, and is the Council’s act, not a member state’s', () => {
    given(councilCaseDecider, [noted])
      .when(takeUp({ reason: ' ' }))
      .thenRefuses('invalid', 'take-up-states-its-reason');
    given(councilCaseDecider, [noted])
      .when(takeUp({ actor: france }))
      .thenRefuses('forbidden', 'remit');
  });
});
