import { given } from '@rtop/testing';
import { ClassifyDraft } from './classify-draft';
import { councilCaseDecider } from './council-case';
import { at, caseId, classified, france, securityCouncil, tabled, noted } from './council-case.fixtures';

const classify = (overrides: Partial<ClassifyDraft> = {}): ClassifyDraft => ({
  type: 'classify-draft',
  caseId,
  draftId: 'draft-1',
  procedural: false,
  actor: securityCouncil,
  at,
  ...overrides,
});

const essRequest = tabled({ kind: 'emergency-special-session-request', title: 'Call for an emergency special session' });

describe('classify a draft as procedural or not', () => {
  it('records the classification as a decision of its own', () => {
    given(councilCaseDecider, [noted, tabled()])
      .when(classify())
      .then([classified(false)]);
    given(councilCaseDecider, [noted, tabled()])
      .when(classify({ procedural: true }))
      .then([classified(true)]);
  });

  it('classifies a Uniting for Peace call as procedural, so no permanent member can veto it', () => {
    given(councilCaseDecider, [noted, essRequest])
      .when(classify({ procedural: true }))
      .then([classified(true)]);
    given(councilCaseDecider, [noted, essRequest]).when(classify()).thenRefuses('rule-violated', 'uniting-for-peace-call-is-procedural');
  });

  it('classifies once, before the vote', () => {
    given(councilCaseDecider, [noted, tabled(), classified()])
      .when(classify({ procedural: true }))
      .thenRefuses('conflict', 'classified-once-before-the-vote');
  });

  it('classifies a draft that was tabled', () => {
    given(councilCaseDecider, [noted]).when(classify()).thenRefuses('not-found', 'draft-tabled');
  });

  it('is the Council’s decision', () => {
    given(councilCaseDecider, [noted, tabled()])
      .when(classify({ actor: france }))
      .thenRefuses('forbidden', 'remit');
  });
});
