import { given } from '@rtop/testing';
import { EngageInRelapsePrevention } from './engage-in-relapse-prevention';
import { otherOrgansDecider } from './other-organs-case';
import { at, caseId, engaged, humanRightsCouncil, peacebuildingCommission, noted } from './other-organs.fixtures';

const engage = (overrides: Partial<EngageInRelapsePrevention> = {}): EngageInRelapsePrevention => ({
  type: 'engage-in-relapse-prevention',
  caseId,
  engagementId: 'engagement-1',
  state: 'KEN',
  priorities: ['National reconciliation', 'Police reform'],
  actor: peacebuildingCommission,
  at,
  ...overrides,
});

describe('the Peacebuilding Commission engages to prevent relapse', () => {
  it('records the engagement with the state and its priorities', () => {
    given(otherOrgansDecider, [noted]).when(engage()).then([engaged]);
  });

  it('is the Peacebuilding Commission’s to do', () => {
    given(otherOrgansDecider, [noted])
      .when(engage({ actor: humanRightsCouncil }))
      .thenRefuses('forbidden', 'remit', /un-peacebuilding-commission only/);
  });

  it('names the state by its ISO 3166-1 alpha-3 code', () => {
    given(otherOrgansDecider, [noted])
      .when(engage({ state: 'ke' }))
      .thenRefuses('invalid', 'iso-3166-alpha-3');
  });

  it('names at least one priority, none blank', () => {
    given(otherOrgansDecider, [noted])
      .when(engage({ priorities: [] }))
      .thenRefuses('invalid', 'engagement-priorities');
    given(otherOrgansDecider, [noted])
      .when(engage({ priorities: [''] }))
      .thenRefuses('invalid', 'engagement-priorities');
  });

  it('begins an engagement once', () => {
    given(otherOrgansDecider, [noted, engaged]).when(engage()).thenRefuses('conflict', 'engagement-begun-once');
  });
});
