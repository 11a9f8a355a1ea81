import { given } from '@rtop/testing';
import { DeclarePosture } from './declare-posture';
import { memberStatesDecider } from './member-states-case';
import {
  assessedUnwillingByJointOffice,
  at,
  caseId,
  declaredWillingButUnable,
  jointOffice,
  kenya,
  uganda,
  noted,
} from './member-states.fixtures';

const declare = (overrides: Partial<DeclarePosture> = {}): DeclarePosture => ({
  type: 'declare-posture',
  caseId,
  state: 'KEN',
  posture: 'willing-and-able',
  reasons: ['Security restored after the power-sharing agreement'],
  actor: kenya,
  at,
  ...overrides,
});

describe('a state declares its posture', () => {
  it('records the change with its reasons and when it was declared', () => {
    given(memberStatesDecider, [noted, declaredWillingButUnable])
      .when(declare())
      .then([
        {
          type: 'posture-declared',
          data: {
            caseId,
            state: 'KEN',
            posture: 'willing-and-able',
            reasons: ['Security restored after the power-sharing agreement'],
            declaredAt: at.toISOString(),
          },
        },
      ]);
  });

  it('keeps every change as history, oldest first', () => {
    const [changed] = given(memberStatesDecider, [noted, declaredWillingButUnable]).when(declare()).result();
    const state = [declaredWillingButUnable, changed].reduce(memberStatesDecider.evolve, memberStatesDecider.initialState);
    expect(state.declared.get('KEN')?.map((d) => d.posture)).toEqual(['willing-but-unable', 'willing-and-able']);
  });

  it('is the state’s own to declare: neither another state nor the Joint Office may declare for it', () => {
    given(memberStatesDecider, [noted])
      .when(declare({ actor: uganda }))
      .thenRefuses('forbidden', 'remit', /member-state:KEN only/);
    given(memberStatesDecider, [noted])
      .when(declare({ actor: jointOffice }))
      .thenRefuses('forbidden', 'remit');
  });

  it('names the state by its ISO 3166-1 alpha-3 code', () => {
    given(memberStatesDecider, [noted])
      .when(declare({ state: 'Kenya', actor: { ...kenya, body: 'member-state:Kenya' } }))
      .thenRefuses('invalid', 'iso-3166-alpha-3', /Kenya/);
    given(memberStatesDecider, [noted])
      .when(declare({ state: 'XXX', actor: { ...kenya, body: 'member-state:XXX' } }))
      .thenRefuses('invalid', 'iso-3166-alpha-3', /XXX/);
  });

  it('is open to observer States, whose responsibility to protect does not wait on membership', () => {
    const [declared] = given(memberStatesDecider, [noted])
      .when(declare({ state: 'PSE', actor: { ...kenya, body: 'member-state:PSE' } }))
      .result();
    expect(declared).toMatchObject({ type: 'posture-declared', data: { state: 'PSE' } });
  });

  it('is not open to a territory that is neither a Member nor an observer State', () => {
    given(memberStatesDecider, [noted])
      .when(declare({ state: 'PRI', actor: { ...kenya, body: 'member-state:PRI' } }))
      .thenRefuses('rule-violated', 'un-member-or-observer-state', /PRI is neither a Member nor an observer State/);
  });

  it('gives reasons for every change', () => {
    given(memberStatesDecider, [noted])
      .when(declare({ reasons: [] }))
      .thenRefuses('invalid', 'posture-change-gives-reasons');
    given(memberStatesDecider, [noted])
      .when(declare({ reasons: ['  '] }))
      .thenRefuses('invalid', 'posture-change-gives-reasons');
  });

  it('records changes only: the posture already declared is not declared again', () => {
    given(memberStatesDecider, [noted, declaredWillingButUnable])
      .when(declare({ posture: 'willing-but-unable' }))
      .thenRefuses('conflict', 'posture-changes', /already declares itself willing-but-unable/);
  });

  it('is not held back by what others assess: the declaration is a history of its own', () => {
    given(memberStatesDecider, [noted, assessedUnwillingByJointOffice])
      .when(declare({ posture: 'unwilling', reasons: ['Rejects outside involvement'] }))
      .then([
        {
          type: 'posture-declared',
          data: { caseId, state: 'KEN', posture: 'unwilling', reasons: ['Rejects outside involvement'], declaredAt: at.toISOString() },
        },
      ]);
  });
});

describe('a posture on a case that exists', () => {
  it('given a case the Joint Office never opened, when a state declares its posture, then 404 case-exists and nothing is written', () => {
    given(memberStatesDecider)
      .when(declare())
      .thenRefuses('not-found', 'case-exists', /no case .* is known to the member states/);
  });
});
