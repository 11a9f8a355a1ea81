import { given } from '@rtop/testing';
import { MakeRecommendation } from './make-recommendation';
import { secretaryGeneralDecider } from './secretary-general-case';
import { RecommendationMade } from './secretary-general-events';
import { at, convenedCase, dpa, meetingHeld, optionTabled, secretaryGeneral, noted } from './secretary-general.fixtures';

const recommend = (overrides: Partial<MakeRecommendation> = {}): MakeRecommendation => ({
  type: 'make-recommendation',
  recommendationId: 'recommendation-1',
  recipient: 'un-security-council',
  content: 'Support the regional mediation and keep the situation under review',
  actor: secretaryGeneral,
  at,
  ...overrides,
});

const made = (optionIds: string[] = []): RecommendationMade => ({
  type: 'recommendation-made',
  data: { recommendationId: 'recommendation-1', recipient: 'un-security-council', content: recommend().content, optionIds },
});

describe('make a recommendation to an organ', () => {
  it('recommends to an intergovernmental organ', () => {
    given(secretaryGeneralDecider, [noted]).when(recommend()).then([made()]);
  });

  it('names the standing group’s options it puts forward', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase, meetingHeld, optionTabled])
      .when(recommend({ optionIds: ['option-1', 'option-1'] }))
      .then([made(['option-1'])]);
  });

  it('draws only on options the group has tabled', () => {
    given(secretaryGeneralDecider, [noted, ...convenedCase, meetingHeld])
      .when(recommend({ optionIds: ['option-9'] }))
      .thenRefuses('not-found', 'recommendation-draws-on-tabled-options', /option-9/);
    given(secretaryGeneralDecider, [noted])
      .when(recommend({ optionIds: ['option-1'] }))
      .thenRefuses('not-found', 'recommendation-draws-on-tabled-options');
  });

  it('goes to one of the organs', () => {
    given(secretaryGeneralDecider, [noted])
      .when(recommend({ recipient: 'un-dpa' }))
      .thenRefuses('invalid', 'recommendation-to-an-organ', /un-dpa/);
  });

  it('says what is recommended', () => {
    given(secretaryGeneralDecider, [noted])
      .when(recommend({ content: ' ' }))
      .thenRefuses('invalid', 'recommendation-content');
  });

  it('is made once under one id', () => {
    given(secretaryGeneralDecider, [noted, made()]).when(recommend()).thenRefuses('conflict', 'recommendation-made-once');
  });

  it('is the Secretary-General’s to make, not a department’s', () => {
    given(secretaryGeneralDecider, [noted])
      .when(recommend({ actor: dpa }))
      .thenRefuses('forbidden', 'remit');
  });
});
