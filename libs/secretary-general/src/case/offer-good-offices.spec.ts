import { given } from '@rtop/testing';
import { OfferGoodOffices } from './offer-good-offices';
import { secretaryGeneralDecider } from './secretary-general-case';
import { at, auPsc, offered, secretaryGeneral, noted } from './secretary-general.fixtures';

const offer = (overrides: Partial<OfferGoodOffices> = {}): OfferGoodOffices => ({
  type: 'offer-good-offices',
  offerId: 'offer-1',
  parties: offered.data.parties,
  mandate: offered.data.mandate,
  actor: secretaryGeneral,
  at,
  ...overrides,
});

describe('offer good offices', () => {
  it('offers good offices to the parties, parties that are not states included', () => {
    given(secretaryGeneralDecider, [noted]).when(offer()).then([offered]);
  });

  it('names the parties, each once', () => {
    given(secretaryGeneralDecider, [noted])
      .when(offer({ parties: [] }))
      .thenRefuses('invalid', 'good-offices-name-the-parties');
    given(secretaryGeneralDecider, [noted])
      .when(offer({ parties: ['ODM', ' '] }))
      .thenRefuses('invalid', 'good-offices-name-the-parties');
    given(secretaryGeneralDecider, [noted])
      .when(offer({ parties: ['ODM', 'ODM '] }))
      .thenRefuses('invalid', 'good-offices-name-the-parties');
  });

  it('states what the good offices are for', () => {
    given(secretaryGeneralDecider, [noted])
      .when(offer({ mandate: '' }))
      .thenRefuses('invalid', 'good-offices-mandate');
  });

  it('offers once under one id', () => {
    given(secretaryGeneralDecider, [noted, offered]).when(offer()).thenRefuses('conflict', 'good-offices-offered-once');
  });

  it('is the Secretary-General’s to offer', () => {
    given(secretaryGeneralDecider, [noted])
      .when(offer({ actor: auPsc }))
      .thenRefuses('forbidden', 'remit');
  });
});
