import { given } from '@rtop/testing';
import { generalAssemblyDecider } from './general-assembly-case';
import {
  assessmentPlaced,
  assembly,
  at,
  caseId,
  delegation,
  kenya,
  noArrears,
  tabled,
  vetoNoted,
  noted,
} from './general-assembly.fixtures';
import { TableDraftResolution } from './table-draft-resolution';

const table = (overrides: Partial<TableDraftResolution> = {}): TableDraftResolution => ({
  type: 'table-draft-resolution',
  caseId,
  ...tabled().data,
  votingRules: noArrears,
  actor: assembly,
  at,
  ...overrides,
});

describe('table a draft resolution', () => {
  it('tables a recommendation on peace and security as an important question, with the rules its vote is counted by', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced]).when(table()).then([tabled()]);
  });

  it('tables another question for a simple majority', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced])
      .when(table({ importantQuestion: false, peaceAndSecurityRecommendation: false }))
      .then([tabled({ importantQuestion: false, peaceAndSecurityRecommendation: false })]);
  });

  it('refuses to put a recommendation on peace and security to a simple majority (Art. 18(2))', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced])
      .when(table({ importantQuestion: false }))
      .thenRefuses('rule-violated', 'art-18-important-question');
  });

  it('tables on a case before the Assembly, by a veto as well as by a transmission', () => {
    given(generalAssemblyDecider, [noted]).when(table()).thenRefuses('not-found', 'case-before-the-assembly');
    given(generalAssemblyDecider, [noted, vetoNoted()]).when(table()).then([tabled()]);
  });

  it('tables a draft once', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced, tabled()]).when(table()).thenRefuses('conflict', 'resolution-tabled-once');
  });

  it('is the Assembly’s to do', () => {
    given(generalAssemblyDecider, [noted, assessmentPlaced])
      .when(table({ actor: delegation(kenya) }))
      .thenRefuses('forbidden', 'remit');
  });
});
