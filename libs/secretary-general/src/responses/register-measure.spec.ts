import { given } from '@rtop/testing';
import { RegisterMeasure } from './register-measure';
import { responsesDecider } from './responses';
import { CouncilDecisionNoted, RegionalDecisionNoted } from './responses-events';
import {
  at,
  auDecision,
  chapterViDecision,
  chapterViiDecision,
  kenyaRequest,
  mediationSupport,
  secretaryGeneral,
  undp,
  noted,
} from './responses.fixtures';

const register = (overrides: Partial<RegisterMeasure> = {}): RegisterMeasure => ({
  type: 'register-measure',
  ...mediationSupport.data,
  actor: secretaryGeneral,
  at,
  ...overrides,
});

const protectionForce = (overrides: Partial<RegisterMeasure> = {}) =>
  register({
    measureId: 'measure-2',
    pillar: 'III',
    coercive: true,
    description: 'African Union force to protect civilians in the Rift Valley',
    authorisation: { kind: 'council-decision', decisionId: 'draft-7' },
    implementingBody: 'au-psc',
    ...overrides,
  });

/** Authorises the AU to use force without determining that national authorities are manifestly failing. */
const authorisationWithoutDetermination: CouncilDecisionNoted = {
  type: 'council-decision-noted',
  data: { ...chapterViiDecision.data, decisionId: 'draft-8', manifestFailureDetermined: false },
};

const everyAuthority = [chapterViDecision, chapterViiDecision, auDecision, kenyaRequest];

describe('register a response measure', () => {
  it('registers pillar II assistance resting on the state’s request, as planned', () => {
    given(responsesDecider, [noted, kenyaRequest]).when(register()).then([mediationSupport]);
  });

  it('registers coercion under pillar III on a determination of manifest failure and the Council’s authorisation of the body acting', () => {
    const [registered] = given(responsesDecider, [noted, chapterViiDecision]).when(protectionForce()).result();
    expect(registered.data).toMatchObject({ pillar: 'III', coercive: true, implementingBody: 'au-psc' });
  });

  it('registers a regional body’s enforcement resting on its decision under a Council authorisation (Art. 53)', () => {
    const [registered] = given(responsesDecider, [noted, chapterViiDecision, auDecision])
      .when(protectionForce({ authorisation: { kind: 'regional-decision', decisionId: 'psc-decision-1' } }))
      .result();
    expect(registered.data).toMatchObject({ authorisation: { kind: 'regional-decision', decisionId: 'psc-decision-1' } });
  });

  it('registers non-coercive pillar III measures without a determination of manifest failure', () => {
    const [registered] = given(responsesDecider, [noted, chapterViDecision])
      .when(register({ pillar: 'III', implementingBody: 'un-dpa', authorisation: { kind: 'council-decision', decisionId: 'draft-6' } }))
      .result();
    expect(registered.data).toMatchObject({ pillar: 'III', coercive: false });
  });

  it('registers pillar I measures carried out by the state itself', () => {
    const [registered] = given(responsesDecider, [noted, chapterViDecision])
      .when(
        register({ pillar: 'I', implementingBody: 'member-state:KEN', authorisation: { kind: 'council-decision', decisionId: 'draft-6' } }),
      )
      .result();
    expect(registered.data).toMatchObject({ pillar: 'I', implementingBody: 'member-state:KEN' });
  });

  it('refuses coercion under pillar III without a Council determination of manifest failure', () => {
    given(responsesDecider, [noted, authorisationWithoutDetermination])
      .when(protectionForce({ authorisation: { kind: 'council-decision', decisionId: 'draft-8' } }))
      .thenRefuses('rule-violated', 'coercion-needs-manifest-failure-determined');
  });

  it('refuses coercion by a body the Council has not authorised', () => {
    given(responsesDecider, [noted, ...everyAuthority])
      .when(protectionForce({ implementingBody: 'oas' }))
      .thenRefuses('rule-violated', 'coercion-needs-council-authorisation', /oas/);
  });

  it('refuses coercion resting on a Council decision that carries no coercive measure', () => {
    const mediationMandate: CouncilDecisionNoted = {
      type: 'council-decision-noted',
      data: { ...chapterViDecision.data, authorisedBodies: ['au-psc'] },
    };
    given(responsesDecider, [noted, chapterViiDecision, mediationMandate])
      .when(protectionForce({ authorisation: { kind: 'council-decision', decisionId: 'draft-6' } }))
      .thenRefuses('rule-violated', 'coercion-needs-council-authorisation');
  });

  it('refuses coercion resting on a state’s consent, or on a regional decision without a Council authorisation', () => {
    given(responsesDecider, [noted, ...everyAuthority])
      .when(protectionForce({ authorisation: { kind: 'state-request-or-consent', state: 'KEN', requestOrConsentId: 'request-1' } }))
      .thenRefuses('rule-violated', 'coercion-needs-council-authorisation');
    const actingAlone: RegionalDecisionNoted = {
      type: 'regional-decision-noted',
      data: { ...auDecision.data, decisionId: 'psc-decision-2', councilDecisionId: null },
    };
    given(responsesDecider, [noted, ...everyAuthority, actingAlone])
      .when(protectionForce({ authorisation: { kind: 'regional-decision', decisionId: 'psc-decision-2' } }))
      .thenRefuses('rule-violated', 'coercion-needs-council-authorisation');
  });

  it('refuses a regional decision as authority for coercion by another body', () => {
    const withUndpAuthorised: CouncilDecisionNoted = {
      type: 'council-decision-noted',
      data: { ...chapterViiDecision.data, authorisedBodies: ['au-psc', 'un-undp'] },
    };
    given(responsesDecider, [noted, withUndpAuthorised, auDecision])
      .when(protectionForce({ implementingBody: 'un-undp', authorisation: { kind: 'regional-decision', decisionId: 'psc-decision-1' } }))
      .thenRefuses('rule-violated', 'coercion-needs-council-authorisation');
  });

  it('puts coercion under pillar III only', () => {
    given(responsesDecider, [noted, ...everyAuthority])
      .when(register({ coercive: true }))
      .thenRefuses('rule-violated', 'coercion-only-under-pillar-iii');
  });

  it('rests pillar II assistance on the state’s request or consent, not on another body’s decision', () => {
    given(responsesDecider, [noted, ...everyAuthority])
      .when(register({ authorisation: { kind: 'council-decision', decisionId: 'draft-6' } }))
      .thenRefuses('rule-violated', 'pillar-ii-needs-request-or-consent');
  });

  it('leaves pillar I to the state itself', () => {
    given(responsesDecider, [noted, ...everyAuthority])
      .when(register({ pillar: 'I', authorisation: { kind: 'council-decision', decisionId: 'draft-6' } }))
      .thenRefuses('rule-violated', 'pillar-i-rests-with-the-state', /un-undp/);
  });

  it('rests on a decision, request or consent noted on the case', () => {
    given(responsesDecider, [noted])
      .when(register())
      .thenRefuses('rule-violated', 'authorising-decision-noted', /KEN request-1/);
    given(responsesDecider, [noted, ...everyAuthority])
      .when(protectionForce({ authorisation: { kind: 'council-decision', decisionId: 'draft-9' } }))
      .thenRefuses('rule-violated', 'authorising-decision-noted', /draft-9/);
    given(responsesDecider, [noted, ...everyAuthority])
      .when(protectionForce({ authorisation: { kind: 'regional-decision', decisionId: 'psc-decision-9' } }))
      .thenRefuses('rule-violated', 'authorising-decision-noted', /psc-decision-9/);
  });

  it('falls under one of the three pillars', () => {
    given(responsesDecider, [noted, ...everyAuthority])
      .when(register({ pillar: 'IV' }))
      .thenRefuses('invalid', 'pillars-of-the-responsibility-to-protect');
  });

  it('is carried out by a body rtop knows', () => {
    given(responsesDecider, [noted, ...everyAuthority])
      .when(register({ implementingBody: 'nato' }))
      .thenRefuses('invalid', 'implementing-body-known', /nato/);
  });

  it('says what is to be done', () => {
    given(responsesDecider, [noted, ...everyAuthority])
      .when(register({ description: ' ' }))
      .thenRefuses('invalid', 'measure-described');
  });

  it('is registered once under one id', () => {
    given(responsesDecider, [noted, ...everyAuthority, mediationSupport])
      .when(register())
      .thenRefuses('conflict', 'measure-registered-once');
  });

  it('is registered by the Secretary-General, not by the body carrying it out', () => {
    given(responsesDecider, [noted, ...everyAuthority])
      .when(register({ actor: undp }))
      .thenRefuses('forbidden', 'remit');
  });
});
