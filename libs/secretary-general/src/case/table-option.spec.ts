import { contentDigest } from '@rtop/kernel';
import { given } from '@rtop/testing';
import { secretaryGeneralDecider } from './secretary-general-case';
import { TableOption } from './table-option';
import {
  at,
  content,
  convenedCase,
  dpa,
  meetingHeld,
  moderateAssessmentReceived,
  ocha,
  optionTabled,
  secretaryGeneral,
  unicef,
  noted,
} from './secretary-general.fixtures';

const table = (overrides: Partial<TableOption> = {}): TableOption => ({
  type: 'table-option',
  optionId: 'option-1',
  meetingId: 'meeting-1',
  pillar: 'II',
  description: optionTabled.data.description,
  coercive: false,
  assessmentId: 'assessment-1',
  assessmentDigest: contentDigest(content),
  actor: dpa,
  at,
  ...overrides,
});

const met = [...convenedCase, meetingHeld];

describe('table an option in the standing group', () => {
  it('tables a member’s option against the assessment as received', () => {
    given(secretaryGeneralDecider, [noted, ...met])
      .when(table())
      .then([optionTabled]);
  });

  it('lays out options across pillars II and III, coercive ones under pillar III', () => {
    const [coercive] = given(secretaryGeneralDecider, [noted, ...met])
      .when(table({ actor: ocha, pillar: 'III', coercive: true, description: 'Targeted sanctions on the organisers of the attacks' }))
      .result();
    expect(coercive.data).toMatchObject({ pillar: 'III', coercive: true, proposedBy: 'un-ocha' });
  });

  it('accepts the assessment submitted with the option when it is the assessment as received', () => {
    given(secretaryGeneralDecider, [noted, ...met])
      .when(table({ assessmentContent: content }))
      .then([optionTabled]);
  });

  it('never filters the assessment: an option against a different digest is refused', () => {
    given(secretaryGeneralDecider, [noted, ...met])
      .when(table({ assessmentDigest: contentDigest({ ...content, summary: 'Moderate risk' }) }))
      .thenRefuses('rule-violated', 'standing-group-never-filters-the-assessment', /assessment-1/);
  });

  it('never filters the assessment: altered content submitted with the option is refused, and where it differs is named', () => {
    const softened = { ...content, risks: [{ ...content.risks[0], level: 'moderate' }] };
    given(secretaryGeneralDecider, [noted, ...met])
      .when(table({ assessmentContent: softened }))
      .thenRefuses('rule-violated', 'standing-group-never-filters-the-assessment', /risks\[0\]\.level/);
  });

  it('answers an assessment the Secretary-General has received, whatever its risk', () => {
    given(secretaryGeneralDecider, [noted, ...met])
      .when(table({ assessmentId: 'assessment-9' }))
      .thenRefuses('not-found', 'assessment-received');
    const [tabled] = given(secretaryGeneralDecider, [noted, ...met, moderateAssessmentReceived])
      .when(table({ assessmentId: 'assessment-2', assessmentDigest: moderateAssessmentReceived.data.contentDigest }))
      .result();
    expect(tabled.data).toMatchObject({ assessmentId: 'assessment-2' });
  });

  it('tables options under pillars II and III only', () => {
    given(secretaryGeneralDecider, [noted, ...met])
      .when(table({ pillar: 'I' }))
      .thenRefuses('invalid', 'options-across-pillars-ii-and-iii');
  });

  it('puts coercion under pillar III only', () => {
    given(secretaryGeneralDecider, [noted, ...met])
      .when(table({ coercive: true }))
      .thenRefuses('rule-violated', 'coercion-only-under-pillar-iii');
  });

  it('says what the option is', () => {
    given(secretaryGeneralDecider, [noted, ...met])
      .when(table({ description: '' }))
      .thenRefuses('invalid', 'option-described');
  });

  it('is tabled at a meeting the group has held', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase])
      .when(table())
      .thenRefuses('not-found', 'standing-group-meeting-held');
  });

  it('is tabled once under one id', () => {
    given(secretaryGeneralDecider, [noted, ...met, optionTabled])
      .when(table())
      .thenRefuses('conflict', 'option-tabled-once');
  });

  it('needs the group convened', () => {
    given(secretaryGeneralDecider, [noted]).when(table()).thenRefuses('conflict', 'standing-group-convened');
  });

  it('is tabled by a member of the group, not by an outsider or the Secretary-General', () => {
    given(secretaryGeneralDecider, [noted, ...met])
      .when(table({ actor: unicef }))
      .thenRefuses('forbidden', 'remit', /un-unicef/);
    given(secretaryGeneralDecider, [noted, ...met])
      .when(table({ actor: secretaryGeneral }))
      .thenRefuses('forbidden', 'remit');
  });
});
