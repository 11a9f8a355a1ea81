import { given } from '@rtop/testing';
import { NoteStateConsent } from './note-state-consent';
import { responsesDecider } from './responses';
import { at, kenya, kenyaRequest, secretaryGeneral } from './responses.fixtures';

const note = (overrides: Partial<NoteStateConsent> = {}): NoteStateConsent => ({
  type: 'note-state-consent',
  ...kenyaRequest.data,
  actor: kenya,
  at,
  ...overrides,
});

describe('note a state’s request for, or consent to, assistance', () => {
  it('keeps the state’s request', () => {
    given(responsesDecider).when(note()).then([kenyaRequest]);
  });

  it('keeps the state’s consent', () => {
    const [noted] = given(responsesDecider)
      .when(note({ form: 'consent', requestOrConsentId: 'consent-1' }))
      .result();
    expect(noted.data).toMatchObject({ form: 'consent', requestOrConsentId: 'consent-1', state: 'KEN' });
  });

  it('notes each once, however often it is delivered', () => {
    given(responsesDecider, [kenyaRequest]).when(note()).then([]);
  });

  it('names the state by its ISO 3166-1 alpha-3 code', () => {
    given(responsesDecider)
      .when(note({ state: 'member-state:KEN' }))
      .thenRefuses('invalid', 'iso-3166-alpha-3');
    given(responsesDecider)
      .when(note({ state: 'XXX', actor: { ...kenya, body: 'member-state:XXX' } }))
      .thenRefuses('invalid', 'iso-3166-alpha-3');
  });

  it('is the state’s own word: no other body gives it', () => {
    given(responsesDecider)
      .when(note({ actor: secretaryGeneral }))
      .thenRefuses('forbidden', 'remit', /member-state:KEN/);
    given(responsesDecider)
      .when(note({ state: 'UGA' }))
      .thenRefuses('forbidden', 'remit');
  });
});
