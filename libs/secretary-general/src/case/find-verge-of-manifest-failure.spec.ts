import { contentDigest } from '@rtop/kernel';
import { given } from '@rtop/testing';
import { FindVergeOfManifestFailure } from './find-verge-of-manifest-failure';
import { secretaryGeneralDecider } from './secretary-general-case';
import { AssessmentReceived } from './secretary-general-events';
import {
  assessmentReceived,
  at,
  content,
  jointOffice,
  moderateAssessmentReceived,
  secretaryGeneral,
  vergeFound,
  noted,
} from './secretary-general.fixtures';

const find = (overrides: Partial<FindVergeOfManifestFailure> = {}): FindVergeOfManifestFailure => ({
  type: 'find-verge-of-manifest-failure',
  findingId: 'finding-1',
  assessmentId: 'assessment-1',
  reasons: vergeFound.data.reasons,
  actor: secretaryGeneral,
  at,
  ...overrides,
});

describe('find a situation at the verge of manifest failure', () => {
  it('records the finding on an assessment putting a crime at high risk, with the crimes and the reasons', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived]).when(find()).then([vergeFound]);
  });

  it('names every crime at high or very high risk, and only those', () => {
    const mixed = {
      ...content,
      assessmentId: 'assessment-3',
      risks: [
        { ...content.risks[0], crime: 'crimes-against-humanity', level: 'very-high' },
        { ...content.risks[0], crime: 'war-crimes', level: 'moderate' },
        { ...content.risks[0], crime: 'ethnic-cleansing', level: 'high' },
      ],
    };
    const received: AssessmentReceived = {
      type: 'assessment-received',
      data: { assessmentId: 'assessment-3', content: mixed, contentDigest: contentDigest(mixed), issuedEventId: 'event-3' },
    };
    const [found] = given(secretaryGeneralDecider, [noted, received])
      .when(find({ assessmentId: 'assessment-3' }))
      .result();
    expect(found.data).toMatchObject({
      crimesAtHighRisk: [
        { crime: 'crimes-against-humanity', level: 'very-high' },
        { crime: 'ethnic-cleansing', level: 'high' },
      ],
    });
  });

  it('rests on an assessment putting at least one crime at high or very high risk', () => {
    given(secretaryGeneralDecider, [noted, moderateAssessmentReceived])
      .when(find({ assessmentId: 'assessment-2' }))
      .thenRefuses('rule-violated', 'verge-of-manifest-failure-rests-on-high-risk', /assessment-2/);
  });

  it('rests on an assessment the Secretary-General has received', () => {
    given(secretaryGeneralDecider, [noted]).when(find()).thenRefuses('not-found', 'assessment-received');
  });

  it('states its reasons', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived])
      .when(find({ reasons: ' ' }))
      .thenRefuses('invalid', 'finding-states-its-reasons');
  });

  it('records a finding once under one id', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived, vergeFound]).when(find()).thenRefuses('conflict', 'finding-recorded-once');
  });

  it('is the Secretary-General’s finding, not the Joint Office’s', () => {
    given(secretaryGeneralDecider, [noted, assessmentReceived])
      .when(find({ actor: jointOffice }))
      .thenRefuses('forbidden', 'remit');
  });
});
