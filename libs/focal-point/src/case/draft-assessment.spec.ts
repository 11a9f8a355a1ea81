import { given } from '@rtop/testing';
import { DEFAULT_REVIEW_CHECKLIST } from './assessment';
import { caseDecider } from './case';
import { CaseOpened } from './case-events';
import { DraftAssessment } from './draft-assessment';
import {
  assessmentDrafted,
  at,
  caseClosed,
  caseId,
  caseOpened,
  incitement,
  jointOffice,
  rabat,
  reportFiled,
  retracted,
  risk,
  securityCouncil,
} from './case.fixtures';

const draft = (overrides: Partial<DraftAssessment> = {}): DraftAssessment => ({
  type: 'draft-assessment',
  caseId,
  assessmentId: 'assessment-1',
  risks: [risk],
  incitement: [],
  ethnicCleansing: null,
  summary: 'High risk of crimes against humanity in the Rift Valley',
  reviewChecklist: [...DEFAULT_REVIEW_CHECKLIST],
  actor: jointOffice,
  at,
  ...overrides,
});

const onTheCase = given(caseDecider, [caseOpened, reportFiled]);
const withFinding = (indicator: string, reportIds = ['report-1']) => ({ ...risk, findings: [{ indicator, finding: 'Found', reportIds }] });

/** A case opened for ethnic cleansing alone, with incitement to it. */
const cleansingOnly: CaseOpened = {
  type: 'case-opened',
  data: { ...caseOpened.data, crimes: [{ crime: 'ethnic-cleansing', incitement: true }] },
};

describe('draft an assessment', () => {
  it('drafts the risk per crime with the review it must pass, and who drafted it', () => {
    onTheCase.when(draft()).then([assessmentDrafted]);
  });

  it('needs an opened case that is not closed', () => {
    given(caseDecider).when(draft()).thenRefuses('not-found', 'case-exists');
    given(caseDecider, [caseOpened, reportFiled, caseClosed]).when(draft()).thenRefuses('conflict', 'case-not-closed');
  });

  it('drafts an assessment once', () => {
    given(caseDecider, [caseOpened, reportFiled, assessmentDrafted]).when(draft()).thenRefuses('conflict', 'assessment-drafted-once');
  });

  it('is the Joint Office’s to do', () => {
    onTheCase.when(draft({ actor: securityCouncil })).thenRefuses('forbidden', 'remit');
  });

  it('cannot be configured out of review: the checklist names at least one step, each once', () => {
    onTheCase.when(draft({ reviewChecklist: [] })).thenRefuses('invalid', 'review-checklist');
    onTheCase.when(draft({ reviewChecklist: ['legal-review', 'legal-review'] })).thenRefuses('invalid', 'review-checklist');
  });

  describe('risk per crime, on the indicators of the Framework of Analysis', () => {
    it('assesses only the crimes the case was opened for, each once', () => {
      onTheCase.when(draft({ risks: [{ ...risk, crime: 'genocide' }] })).thenRefuses('invalid', 'assess-the-crimes-of-the-case');
      onTheCase.when(draft({ risks: [risk, risk] })).thenRefuses('invalid', 'risk-per-crime');
      onTheCase.when(draft({ risks: [] })).thenRefuses('invalid', 'risk-per-crime');
    });

    it('scores each crime on at least one indicator', () => {
      onTheCase.when(draft({ risks: [{ ...risk, findings: [] }] })).thenRefuses('invalid', 'risk-scored-on-indicators');
    });

    it('refuses an indicator that is not the Framework’s', () => {
      for (const indicator of ['15.1', '8', '8.0', '8.13', '9.7', 'x.1']) {
        onTheCase
          .when(draft({ risks: [withFinding(indicator)] }))
          .thenRefuses('invalid', 'framework-of-analysis-indicators', new RegExp(indicator.replace('.', '\\.')));
      }
    });

    it('scores a crime on the common factors and its own specific factors only', () => {
      onTheCase
        .when(draft({ risks: [withFinding('12.3')] }))
        .then([{ ...assessmentDrafted, data: { ...assessmentDrafted.data, risks: [withFinding('12.3')] } }]);
      onTheCase
        .when(draft({ risks: [withFinding('9.2')] }))
        .thenRefuses('rule-violated', 'crime-specific-risk-factors', /factors 1–8 and 11–12/);
      onTheCase.when(draft({ risks: [withFinding('13.1')] })).thenRefuses('rule-violated', 'crime-specific-risk-factors');
    });

    it('finds on each indicator once per crime', () => {
      onTheCase
        .when(draft({ risks: [{ ...risk, findings: [risk.findings[0], risk.findings[0]] }] }))
        .thenRefuses('invalid', 'indicator-assessed-once');
    });

    it('rests each finding on reports filed on the case', () => {
      onTheCase
        .when(draft({ risks: [withFinding('8.7', ['report-x'])] }))
        .thenRefuses('invalid', 'assessment-rests-on-reports', /report-x/);
      onTheCase.when(draft({ risks: [withFinding('8.7', [])] })).thenRefuses('invalid', 'assessment-rests-on-reports');
    });

    it('cites no retracted report', () => {
      given(caseDecider, [caseOpened, reportFiled, retracted('report-1')])
        .when(draft())
        .thenRefuses('rule-violated', 'retracted-report-not-cited', /report-1/);
    });
  });

  describe('ethnic cleansing', () => {
    it('is not assessed as a crime of its own', () => {
      onTheCase
        .when(draft({ risks: [{ ...risk, crime: 'ethnic-cleansing' }] }))
        .thenRefuses('rule-violated', 'ethnic-cleansing-assessed-through-crimes', /through genocide, crimes-against-humanity, war-crimes/);
    });

    it('may be tagged, mapped onto the crimes it is assessed through', () => {
      const tagged = draft({ ethnicCleansing: { assessedThrough: ['crimes-against-humanity'] } });
      const [drafted] = onTheCase.when(tagged).result();
      expect(drafted.data).toMatchObject({ ethnicCleansing: { assessedThrough: ['crimes-against-humanity'] } });
    });

    it('is mapped onto legal crimes this assessment assesses, each once', () => {
      const legalCrimesOnce = /naming, once each, the crimes it is assessed through: genocide, crimes-against-humanity, war-crimes/;
      for (const assessedThrough of [[], ['ethnic-cleansing'], ['crimes-against-humanity', 'crimes-against-humanity']]) {
        onTheCase.when(draft({ ethnicCleansing: { assessedThrough } })).thenRefuses('invalid', 'ethnic-cleansing-mapping', legalCrimesOnce);
      }
      onTheCase
        .when(draft({ ethnicCleansing: { assessedThrough: ['genocide'] } }))
        .thenRefuses('invalid', 'ethnic-cleansing-mapping', /through genocide, which this assessment does not assess/);
    });

    it('opens to assessment the crimes it is mapped onto, on a case opened for ethnic cleansing', () => {
      const genocide = { ...risk, crime: 'genocide' as const, findings: [{ indicator: '9.1', finding: 'Found', reportIds: ['report-1'] }] };
      const [drafted] = given(caseDecider, [cleansingOnly, reportFiled])
        .when(draft({ risks: [genocide], ethnicCleansing: { assessedThrough: ['genocide'] } }))
        .result();
      expect(drafted.data).toMatchObject({ risks: [genocide] });
      given(caseDecider, [cleansingOnly, reportFiled])
        .when(draft({ risks: [genocide] }))
        .thenRefuses('invalid', 'assess-the-crimes-of-the-case');
    });
  });

  describe('incitement, on the six-part Rabat test', () => {
    it('weighs incitement to a crime of the case on all six parts', () => {
      const [drafted] = onTheCase.when(draft({ incitement: [incitement] })).result();
      expect(drafted.data).toMatchObject({ incitement: [incitement] });
    });

    it('refuses a finding missing a part of the test', () => {
      const withoutIntent = Object.fromEntries(Object.entries(rabat).filter(([part]) => part !== 'intent'));
      onTheCase
        .when(draft({ incitement: [{ ...incitement, rabat: withoutIntent as never }] }))
        .thenRefuses('invalid', 'rabat-six-part-test', /intent/);
      onTheCase
        .when(draft({ incitement: [{ ...incitement, rabat: { ...rabat, likelihoodIncludingImminence: ' ' } }] }))
        .thenRefuses('invalid', 'rabat-six-part-test', /likelihoodIncludingImminence/);
    });

    it('assesses incitement only where the case includes it', () => {
      onTheCase.when(draft({ incitement: [{ ...incitement, crime: 'genocide' }] })).thenRefuses('invalid', 'incitement-within-the-case');
      const withoutIncitement: CaseOpened = {
        type: 'case-opened',
        data: { ...caseOpened.data, crimes: [{ crime: 'crimes-against-humanity', incitement: false }] },
      };
      given(caseDecider, [withoutIncitement, reportFiled])
        .when(draft({ incitement: [incitement] }))
        .thenRefuses('invalid', 'incitement-within-the-case');
    });

    it('carries incitement to ethnic cleansing over to the crimes it is mapped onto', () => {
      const genocide = {
        ...risk,
        crime: 'genocide' as const,
        findings: [{ indicator: '10.1', finding: 'Found', reportIds: ['report-1'] }],
      };
      const [drafted] = given(caseDecider, [cleansingOnly, reportFiled])
        .when(
          draft({
            risks: [genocide],
            ethnicCleansing: { assessedThrough: ['genocide'] },
            incitement: [{ ...incitement, crime: 'genocide' }],
          }),
        )
        .result();
      expect(drafted.data).toMatchObject({ incitement: [{ crime: 'genocide' }] });
    });

    it('refuses incitement to ethnic cleansing as a crime of its own', () => {
      onTheCase
        .when(draft({ incitement: [{ ...incitement, crime: 'ethnic-cleansing' }] }))
        .thenRefuses('rule-violated', 'ethnic-cleansing-assessed-through-crimes');
    });

    it('weighs incitement to each crime once', () => {
      onTheCase.when(draft({ incitement: [incitement, incitement] })).thenRefuses('invalid', 'incitement-per-crime');
    });

    it('rests incitement on reports on the case, none retracted', () => {
      onTheCase.when(draft({ incitement: [{ ...incitement, reportIds: [] }] })).thenRefuses('invalid', 'assessment-rests-on-reports');
      given(caseDecider, [
        caseOpened,
        reportFiled,
        { type: 'information-report-filed', data: { ...reportFiled.data, reportId: 'report-9' } },
        retracted('report-9'),
      ])
        .when(draft({ incitement: [{ ...incitement, reportIds: ['report-9'] }] }))
        .thenRefuses('rule-violated', 'retracted-report-not-cited');
    });
  });
});
