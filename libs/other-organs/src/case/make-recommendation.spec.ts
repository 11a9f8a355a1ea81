import { given } from '@rtop/testing';
import { MakeRecommendation } from './make-recommendation';
import { otherOrgansDecider } from './other-organs-case';
import { EcosocRecommendationMade } from './other-organs-events';
import { at, caseId, ecosoc, peacebuildingCommission, noted } from './other-organs.fixtures';

const recommend = (overrides: Partial<MakeRecommendation> = {}): MakeRecommendation => ({
  type: 'make-recommendation',
  caseId,
  recommendationId: 'recommendation-1',
  addressees: ['member-states', 'specialized-agencies'],
  text: 'Support the resettlement of people displaced from the Rift Valley',
  actor: ecosoc,
  at,
  ...overrides,
});

const made: EcosocRecommendationMade = {
  type: 'ecosoc-recommendation-made',
  data: {
    caseId,
    recommendationId: 'recommendation-1',
    addressees: ['member-states', 'specialized-agencies'],
    text: 'Support the resettlement of people displaced from the Rift Valley',
  },
};

describe('ECOSOC makes a recommendation', () => {
  it('records the recommendation and whom it addresses', () => {
    given(otherOrgansDecider, [noted]).when(recommend()).then([made]);
  });

  it('is ECOSOC’s to make', () => {
    given(otherOrgansDecider, [noted])
      .when(recommend({ actor: peacebuildingCommission }))
      .thenRefuses('forbidden', 'remit', /un-ecosoc only/);
  });

  it('addresses at least one addressee, each once', () => {
    given(otherOrgansDecider, [noted])
      .when(recommend({ addressees: [] }))
      .thenRefuses('invalid', 'ecosoc-recommendation-addressees');
    given(otherOrgansDecider, [noted])
      .when(recommend({ addressees: ['member-states', 'member-states'] }))
      .thenRefuses('invalid', 'ecosoc-recommendation-addressees');
  });

  it('states the recommendation', () => {
    given(otherOrgansDecider, [noted])
      .when(recommend({ text: '' }))
      .thenRefuses('invalid', 'recommendation-stated');
  });

  it('records a recommendation once', () => {
    given(otherOrgansDecider, [noted, made]).when(recommend()).thenRefuses('conflict', 'recommendation-made-once');
  });
});
