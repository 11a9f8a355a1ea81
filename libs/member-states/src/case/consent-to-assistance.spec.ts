import { given } from '@rtop/testing';
import { ConsentToAssistance } from './consent-to-assistance';
import { memberStatesDecider } from './member-states-case';
import { at, caseId, kenya, mediationConsented, mediationRequested, secretaryGeneral, uganda, noted } from './member-states.fixtures';

const consent = (overrides: Partial<ConsentToAssistance> = {}): ConsentToAssistance => ({
  type: 'consent-to-assistance',
  caseId,
  state: 'KEN',
  consentId: 'consent-1',
  requestId: 'request-1',
  offeredBy: 'au-assembly',
  kinds: ['mediation'],
  description: 'The AU Panel of Eminent African Personalities',
  actor: kenya,
  at,
  ...overrides,
});

describe('a state consents to assistance offered by others (pillar II)', () => {
  it('records consent to an offer answering its own request', () => {
    given(memberStatesDecider, [noted, mediationRequested]).when(consent()).then([mediationConsented]);
  });

  it('records consent to assistance offered unprompted', () => {
    given(memberStatesDecider, [noted])
      .when(consent({ requestId: null, offeredBy: 'un-undp', kinds: ['capacity-building'], description: 'Police training' }))
      .then([
        {
          type: 'assistance-consented',
          data: {
            caseId,
            state: 'KEN',
            consentId: 'consent-1',
            requestId: null,
            offeredBy: 'un-undp',
            kinds: ['capacity-building'],
            description: 'Police training',
            consentedAt: at.toISOString(),
          },
        },
      ]);
  });

  it('is the state’s own to give: no one consents on its behalf', () => {
    given(memberStatesDecider, [noted, mediationRequested])
      .when(consent({ actor: secretaryGeneral }))
      .thenRefuses('forbidden', 'remit');
    given(memberStatesDecider, [noted, mediationRequested])
      .when(consent({ actor: uganda }))
      .thenRefuses('forbidden', 'remit');
  });

  it('answers a request the state itself made on this case', () => {
    given(memberStatesDecider, [noted])
      .when(consent())
      .thenRefuses('not-found', 'assistance-requested', /request-1/);
    const ugandanRequest = { ...mediationRequested, data: { ...mediationRequested.data, state: 'UGA' } };
    given(memberStatesDecider, [noted, ugandanRequest]).when(consent()).thenRefuses('not-found', 'assistance-requested');
  });

  it('is consent to what others offer, not to the state’s own help', () => {
    given(memberStatesDecider, [noted, mediationRequested])
      .when(consent({ offeredBy: 'member-state:KEN' }))
      .thenRefuses('invalid', 'assistance-offered-by-others');
  });

  it('names at least one kind of assistance and describes it', () => {
    given(memberStatesDecider, [noted, mediationRequested])
      .when(consent({ kinds: [] }))
      .thenRefuses('invalid', 'assistance-kinds');
    given(memberStatesDecider, [noted, mediationRequested])
      .when(consent({ description: '' }))
      .thenRefuses('invalid', 'assistance-described');
  });

  it('names the state by its ISO 3166-1 alpha-3 code', () => {
    given(memberStatesDecider, [noted])
      .when(consent({ state: 'KENYA', actor: { ...kenya, body: 'member-state:KENYA' } }))
      .thenRefuses('invalid', 'iso-3166-alpha-3');
  });

  it('records a consent once', () => {
    given(memberStatesDecider, [noted, mediationRequested, mediationConsented])
      .when(consent())
      .thenRefuses('conflict', 'consent-given-once');
  });
});
