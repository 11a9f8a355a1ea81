import { given } from '@rtop/testing';
import { ConcludeEngagement } from './conclude-engagement';
import { otherOrgansDecider } from './other-organs-case';
import { RelapsePreventionConcluded } from './other-organs-events';
import { at, caseId, ecosoc, engaged, peacebuildingCommission, noted } from './other-organs.fixtures';

const conclude = (overrides: Partial<ConcludeEngagement> = {}): ConcludeEngagement => ({
  type: 'conclude-engagement',
  caseId,
  engagementId: 'engagement-1',
  outcome: 'The 2013 elections passed without mass violence',
  actor: peacebuildingCommission,
  at,
  ...overrides,
});

const concluded: RelapsePreventionConcluded = {
  type: 'relapse-prevention-concluded',
  data: { caseId, engagementId: 'engagement-1', outcome: 'The 2013 elections passed without mass violence' },
};

describe('the Peacebuilding Commission concludes an engagement', () => {
  it('records the outcome and marks the engagement concluded', () => {
    given(otherOrgansDecider, [noted, engaged]).when(conclude()).then([concluded]);
    const state = [engaged, concluded].reduce(otherOrgansDecider.evolve, otherOrgansDecider.initialState);
    expect(state.engagements.get('engagement-1')).toMatchObject({ status: 'concluded', outcome: concluded.data.outcome });
  });

  it('is the Peacebuilding Commission’s to do', () => {
    given(otherOrgansDecider, [noted, engaged])
      .when(conclude({ actor: ecosoc }))
      .thenRefuses('forbidden', 'remit');
  });

  it('concludes an engagement that was begun', () => {
    given(otherOrgansDecider, [noted]).when(conclude()).thenRefuses('not-found', 'engagement-begun');
  });

  it('concludes once', () => {
    given(otherOrgansDecider, [noted, engaged, concluded]).when(conclude()).thenRefuses('conflict', 'engagement-concluded-once');
  });

  it('states the outcome', () => {
    given(otherOrgansDecider, [noted, engaged])
      .when(conclude({ outcome: '' }))
      .thenRefuses('invalid', 'engagement-outcome');
  });
});
