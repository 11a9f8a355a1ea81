import { given } from '@rtop/testing';
import { memberStatesDecider } from './member-states-case';
import { AssistanceConsentWithdrawn } from './member-states-events';
import { WithdrawConsent } from './withdraw-consent';
import { at, caseId, jointOffice, kenya, mediationConsented, mediationRequested, uganda, noted } from './member-states.fixtures';

const withdraw = (overrides: Partial<WithdrawConsent> = {}): WithdrawConsent => ({
  type: 'withdraw-consent',
  caseId,
  state: 'KEN',
  consentId: 'consent-1',
  reason: 'Mediation concluded with the National Accord',
  actor: kenya,
  at,
  ...overrides,
});

const withdrawn: AssistanceConsentWithdrawn = {
  type: 'assistance-consent-withdrawn',
  data: { caseId, state: 'KEN', consentId: 'consent-1', reason: 'Mediation concluded with the National Accord' },
};

describe('a state withdraws its consent to assistance', () => {
  it('records the withdrawal and its reason; the consent once given stays on the record', () => {
    given(memberStatesDecider, [noted, mediationRequested, mediationConsented]).when(withdraw()).then([withdrawn]);
    const state = [mediationRequested, mediationConsented, withdrawn].reduce(memberStatesDecider.evolve, memberStatesDecider.initialState);
    expect(state.consents.get('consent-1')).toMatchObject({
      ...mediationConsented.data,
      status: 'withdrawn',
      reason: withdrawn.data.reason,
    });
  });

  it('is the state’s own to withdraw', () => {
    given(memberStatesDecider, [noted, mediationRequested, mediationConsented])
      .when(withdraw({ actor: jointOffice }))
      .thenRefuses('forbidden', 'remit');
  });

  it('withdraws a consent the state gave', () => {
    given(memberStatesDecider, [noted, mediationRequested]).when(withdraw()).thenRefuses('not-found', 'consent-given');
    const ugandanConsent = { ...mediationConsented, data: { ...mediationConsented.data, state: 'UGA', requestId: null } };
    given(memberStatesDecider, [noted, ugandanConsent])
      .when(withdraw({ state: 'UGA', actor: uganda, consentId: 'consent-1' }))
      .then([{ ...withdrawn, data: { ...withdrawn.data, state: 'UGA' } }]);
    given(memberStatesDecider, [noted, ugandanConsent]).when(withdraw()).thenRefuses('not-found', 'consent-given');
  });

  it('withdraws once', () => {
    given(memberStatesDecider, [noted, mediationRequested, mediationConsented, withdrawn])
      .when(withdraw())
      .thenRefuses('conflict', 'consent-withdrawn-once');
  });

  it('states its reason', () => {
    given(memberStatesDecider, [noted, mediationRequested, mediationConsented])
      .when(withdraw({ reason: '' }))
      .thenRefuses('invalid', 'withdrawal-gives-reasons');
  });

  it('names the state by its ISO 3166-1 alpha-3 code', () => {
    given(memberStatesDecider, [noted, mediationRequested, mediationConsented])
      .when(withdraw({ state: 'K3N', actor: { ...kenya, body: 'member-state:K3N' } }))
      .thenRefuses('invalid', 'iso-3166-alpha-3');
  });
});
