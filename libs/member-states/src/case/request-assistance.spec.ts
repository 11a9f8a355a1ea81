import { given } from '@rtop/testing';
import { memberStatesDecider } from './member-states-case';
import { RequestAssistance } from './request-assistance';
import { at, caseId, jointOffice, kenya, mediationRequested, uganda, noted } from './member-states.fixtures';

const request = (overrides: Partial<RequestAssistance> = {}): RequestAssistance => ({
  type: 'request-assistance',
  caseId,
  state: 'KEN',
  requestId: 'request-1',
  kinds: ['mediation'],
  description: 'Mediation between the parties to the disputed election',
  actor: kenya,
  at,
  ...overrides,
});

describe('a state requests assistance (pillar II)', () => {
  it('records the request: which state, what kinds, what for', () => {
    given(memberStatesDecider, [noted]).when(request()).then([mediationRequested]);
  });

  it('is the state’s own to make: no one requests assistance on another’s behalf', () => {
    given(memberStatesDecider, [noted])
      .when(request({ actor: uganda }))
      .thenRefuses('forbidden', 'remit');
    given(memberStatesDecider, [noted])
      .when(request({ actor: jointOffice }))
      .thenRefuses('forbidden', 'remit');
  });

  it('names the state by its ISO 3166-1 alpha-3 code', () => {
    given(memberStatesDecider, [noted])
      .when(request({ state: 'ken', actor: { ...kenya, body: 'member-state:ken' } }))
      .thenRefuses('invalid', 'iso-3166-alpha-3');
  });

  it('names at least one kind of assistance, each once', () => {
    given(memberStatesDecider, [noted])
      .when(request({ kinds: [] }))
      .thenRefuses('invalid', 'assistance-kinds');
    given(memberStatesDecider, [noted])
      .when(request({ kinds: ['mediation', 'mediation'] }))
      .thenRefuses('invalid', 'assistance-kinds', /mediation/);
  });

  it('says what assistance is meant', () => {
    given(memberStatesDecider, [noted])
      .when(request({ description: ' ' }))
      .thenRefuses('invalid', 'assistance-described');
  });

  it('records a request once', () => {
    given(memberStatesDecider, [noted, mediationRequested]).when(request()).thenRefuses('conflict', 'request-made-once');
  });
});
