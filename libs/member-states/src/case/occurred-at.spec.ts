import { given } from '@rtop/testing';
import { ConsentToAssistance } from './consent-to-assistance';
import { DeclarePosture } from './declare-posture';
import { memberStatesDecider } from './member-states-case';
import { at, caseId, declaredWillingButUnable, kenya, mediationConsented, mediationRequested, noted } from './member-states.fixtures';
import { RequestAssistance } from './request-assistance';
import { WithdrawConsent } from './withdraw-consent';

const daysAfter = (days: number) => new Date(at.getTime() + days * 86_400_000);
/** Kenya's mission entered its declarations a fortnight after it made them. */
const entered = daysAfter(14);
const envelope = (occurredAt: Date) => ({ caseId, state: 'KEN', actor: kenya, at: entered, occurredAt });

const declare = (occurredAt: Date): DeclarePosture => ({
  type: 'declare-posture',
  posture: 'willing-and-able',
  reasons: ['Security restored after the power-sharing agreement'],
  ...envelope(occurredAt),
});
const request = (occurredAt: Date): RequestAssistance => ({
  type: 'request-assistance',
  requestId: 'request-2',
  kinds: ['mediation'],
  description: 'Mediation between the parties',
  ...envelope(occurredAt),
});
const consent = (occurredAt: Date): ConsentToAssistance => ({
  type: 'consent-to-assistance',
  consentId: 'consent-2',
  requestId: 'request-1',
  offeredBy: 'au-assembly',
  kinds: ['mediation'],
  description: 'The AU Panel of Eminent African Personalities',
  ...envelope(occurredAt),
});
const withdraw = (occurredAt: Date): WithdrawConsent => ({
  type: 'withdraw-consent',
  consentId: 'consent-1',
  reason: 'Mediation concluded',
  ...envelope(occurredAt),
});

describe('a state’s declarations entered after they were made', () => {
  it('dates each declaration when the state made it, not when it was entered', () => {
    given(memberStatesDecider, [noted, declaredWillingButUnable])
      .when(declare(daysAfter(1)))
      .then([
        {
          type: 'posture-declared',
          data: {
            caseId,
            state: 'KEN',
            posture: 'willing-and-able',
            reasons: ['Security restored after the power-sharing agreement'],
            declaredAt: daysAfter(1).toISOString(),
          },
        },
      ]);
    const [requested] = given(memberStatesDecider, [noted])
      .when(request(daysAfter(1)))
      .result();
    expect(requested.data).toMatchObject({ requestId: 'request-2', requestedAt: daysAfter(1).toISOString() });
    const [consented] = given(memberStatesDecider, [noted, mediationRequested])
      .when(consent(daysAfter(1)))
      .result();
    expect(consented.data).toMatchObject({ consentId: 'consent-2', consentedAt: daysAfter(1).toISOString() });
  });

  it('refuses a change of posture stated to be before the posture it changes', () => {
    // declaredWillingButUnable was declared on 5 January 2008.
    given(memberStatesDecider, [noted, declaredWillingButUnable])
      .when(declare(new Date('2008-01-04T09:00:00Z')))
      .thenRefuses('rule-violated', 'occurred-before-posture-declared', /KEN's declaration of its posture/);
  });

  it('refuses consent stated to be given before the request it answers', () => {
    given(memberStatesDecider, [noted, mediationRequested])
      .when(consent(daysAfter(-1)))
      .thenRefuses('rule-violated', 'occurred-before-request');
  });

  it('refuses a withdrawal stated to be before the consent was given', () => {
    given(memberStatesDecider, [noted, mediationRequested, mediationConsented])
      .when(withdraw(daysAfter(-1)))
      .thenRefuses('rule-violated', 'occurred-before-consent');
    const [withdrawn] = given(memberStatesDecider, [noted, mediationRequested, mediationConsented])
      .when(withdraw(daysAfter(3)))
      .result();
    expect(withdrawn.type).toBe('assistance-consent-withdrawn');
  });
});
