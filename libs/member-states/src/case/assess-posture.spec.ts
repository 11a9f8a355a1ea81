import { given } from '@rtop/testing';
import { AssessPosture } from './assess-posture';
import { memberStatesDecider } from './member-states-case';
import { PostureAssessed } from './member-states-events';
import { Posture, PostureAssessor } from './posture';
import {
  assessedUnwillingByJointOffice,
  at,
  caseId,
  declaredWillingButUnable,
  jointOffice,
  kenya,
  secretaryGeneral,
  securityCouncil,
  noted,
} from './member-states.fixtures';

const assess = (overrides: Partial<AssessPosture> = {}): AssessPosture => ({
  type: 'assess-posture',
  caseId,
  state: 'KEN',
  posture: 'willing-but-unable',
  reasons: ['Requested mediation; police capacity exhausted'],
  actor: jointOffice,
  at,
  ...overrides,
});

const assessed = (by: PostureAssessor, posture: Posture = 'willing-but-unable'): PostureAssessed => ({
  type: 'posture-assessed',
  data: {
    caseId,
    state: 'KEN',
    posture,
    reasons: ['Requested mediation; police capacity exhausted'],
    assessedBy: by,
    assessedAt: at.toISOString(),
  },
});

describe('the Joint Office or the Secretary-General assesses a state’s posture', () => {
  it('records the assessment, by whom and why', () => {
    given(memberStatesDecider, [noted, assessedUnwillingByJointOffice])
      .when(assess())
      .then([assessed('un-joint-office')]);
  });

  it('lets the Secretary-General assess too', () => {
    given(memberStatesDecider, [noted])
      .when(assess({ actor: secretaryGeneral }))
      .then([assessed('un-secretary-general')]);
  });

  it('keeps the assessment apart from the declaration: neither overwrites the other', () => {
    const [assessment] = given(memberStatesDecider, [noted, declaredWillingButUnable])
      .when(assess({ posture: 'unwilling' }))
      .result();
    const state = [declaredWillingButUnable, assessment].reduce(memberStatesDecider.evolve, memberStatesDecider.initialState);
    expect(state.declared.get('KEN')?.map((d) => d.posture)).toEqual(['willing-but-unable']);
    expect(state.assessed.get('KEN')?.map((a) => a.posture)).toEqual(['unwilling']);
  });

  it('may agree with what the state declares: the two records are compared, never merged', () => {
    given(memberStatesDecider, [noted, declaredWillingButUnable])
      .when(assess())
      .then([assessed('un-joint-office')]);
  });

  it('is not for the state itself, nor for other organs', () => {
    given(memberStatesDecider, [noted])
      .when(assess({ actor: kenya }))
      .thenRefuses('forbidden', 'remit', /un-joint-office and un-secretary-general only/);
    given(memberStatesDecider, [noted])
      .when(assess({ actor: securityCouncil }))
      .thenRefuses('forbidden', 'remit');
  });

  it('gives reasons', () => {
    given(memberStatesDecider, [noted])
      .when(assess({ reasons: [] }))
      .thenRefuses('invalid', 'posture-change-gives-reasons');
  });

  it('names the state by its ISO 3166-1 alpha-3 code', () => {
    given(memberStatesDecider, [noted])
      .when(assess({ state: 'KE' }))
      .thenRefuses('invalid', 'iso-3166-alpha-3');
  });

  it('records changes only, per assessor: a second body concurring is a new reading', () => {
    given(memberStatesDecider, [noted, assessedUnwillingByJointOffice])
      .when(assess({ posture: 'unwilling' }))
      .thenRefuses('conflict', 'posture-changes', /un-joint-office already assesses KEN as unwilling/);
    given(memberStatesDecider, [noted, assessedUnwillingByJointOffice])
      .when(assess({ posture: 'unwilling', actor: secretaryGeneral }))
      .then([assessed('un-secretary-general', 'unwilling')]);
  });
});
