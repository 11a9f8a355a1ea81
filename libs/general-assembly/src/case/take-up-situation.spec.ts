import { given } from '@rtop/testing';
import { generalAssemblyDecider } from './general-assembly-case';
import { TableDraftResolution } from './table-draft-resolution';
import { TakeUpSituation } from './take-up-situation';
import { assembly, assessmentPlaced, at, caseId, delegation, kenya, noArrears, noted, tabled } from './general-assembly.fixtures';

const takeUp = (overrides: Partial<TakeUpSituation> = {}): TakeUpSituation => ({
  type: 'take-up-situation',
  caseId,
  reason: 'Members asked that the situation be discussed in plenary (Art. 11(2))',
  actor: assembly,
  at,
  ...overrides,
});
const table: TableDraftResolution = {
  type: 'table-draft-resolution',
  caseId,
  ...tabled().data,
  votingRules: noArrears,
  actor: assembly,
  at,
};
const takenUp = { type: 'situation-taken-up', data: { reason: takeUp().reason } } as const;

describe('the Assembly takes up a situation of its own initiative (Charter Arts. 10–14)', () => {
  it('given a case never opened, when the Assembly takes it up or a member requests a session, then 404 case-exists and nothing is written', () => {
    given(generalAssemblyDecider).when(takeUp()).thenRefuses('not-found', 'case-exists');
    given(generalAssemblyDecider)
      .when({
        type: 'request-emergency-special-session',
        caseId,
        requestId: 'r-1',
        memberState: kenya,
        membership: 193,
        actor: delegation(kenya),
        at,
      } as never)
      .thenRefuses('not-found', 'case-exists');
  });

  it('given a known case not before the Assembly, when it is taken up, then it is before the Assembly and a draft may be tabled', () => {
    given(generalAssemblyDecider, [noted]).when(table).thenRefuses('not-found', 'case-before-the-assembly');
    given(generalAssemblyDecider, [noted]).when(takeUp()).then([takenUp]);
    given(generalAssemblyDecider, [noted, takenUp]).when(table).then([tabled()]);
  });

  it('given a transmission placed before the note arrived, then the case is known and before the Assembly', () => {
    given(generalAssemblyDecider, [assessmentPlaced]).when(table).then([tabled()]);
  });

  it('takes a case up once, for a reason, by the Assembly', () => {
    given(generalAssemblyDecider, [noted, takenUp]).when(takeUp()).thenRefuses('conflict', 'situation-taken-up-once');
    given(generalAssemblyDecider, [noted])
      .when(takeUp({ reason: '' }))
      .thenRefuses('invalid', 'take-up-states-its-reason');
    given(generalAssemblyDecider, [noted])
      .when(takeUp({ actor: delegation(kenya) }))
      .thenRefuses('forbidden', 'remit');
  });
});
