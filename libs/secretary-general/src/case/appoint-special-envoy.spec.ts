import { given } from '@rtop/testing';
import { AppointSpecialEnvoy } from './appoint-special-envoy';
import { secretaryGeneralDecider } from './secretary-general-case';
import { SpecialEnvoyAppointed } from './secretary-general-events';
import { at, dpa, offered, secretaryGeneral, noted } from './secretary-general.fixtures';

const appoint = (overrides: Partial<AppointSpecialEnvoy> = {}): AppointSpecialEnvoy => ({
  type: 'appoint-special-envoy',
  envoyId: 'envoy-1',
  offerId: 'offer-1',
  envoy: 'A. Envoy',
  mandate: 'Carry the good offices to Nairobi and work alongside the regional mediation',
  actor: secretaryGeneral,
  at,
  ...overrides,
});

const appointed: SpecialEnvoyAppointed = {
  type: 'special-envoy-appointed',
  data: { envoyId: 'envoy-1', offerId: 'offer-1', envoy: 'A. Envoy', mandate: appoint().mandate },
};

describe('appoint a special envoy', () => {
  it('dispatches an envoy carrying the good offices offered', () => {
    given(secretaryGeneralDecider, [noted, offered]).when(appoint()).then([appointed]);
  });

  it('carries good offices already offered on the case', () => {
    given(secretaryGeneralDecider, [noted])
      .when(appoint())
      .thenRefuses('not-found', 'envoy-carries-good-offices', /offer-1/);
  });

  it('names the envoy and the mandate', () => {
    given(secretaryGeneralDecider, [noted, offered])
      .when(appoint({ envoy: ' ' }))
      .thenRefuses('invalid', 'envoy-named');
    given(secretaryGeneralDecider, [noted, offered])
      .when(appoint({ mandate: '' }))
      .thenRefuses('invalid', 'envoy-mandate');
  });

  it('appoints once under one id', () => {
    given(secretaryGeneralDecider, [noted, offered, appointed]).when(appoint()).thenRefuses('conflict', 'envoy-appointed-once');
  });

  it('is the Secretary-General’s to appoint', () => {
    given(secretaryGeneralDecider, [noted, offered])
      .when(appoint({ actor: dpa }))
      .thenRefuses('forbidden', 'remit');
  });
});
