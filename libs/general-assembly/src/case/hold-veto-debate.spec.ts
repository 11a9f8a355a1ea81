import { given } from '@rtop/testing';
import { generalAssemblyDecider } from './general-assembly-case';
import { assembly, at, delegation, kenya, vetoNoted, noted } from './general-assembly.fixtures';
import { HoldVetoDebate } from './hold-veto-debate';

const hold = (overrides: Partial<HoldVetoDebate> = {}): HoldVetoDebate => ({
  type: 'hold-veto-debate',
  draftId: 'draft-1',
  actor: assembly,
  at,
  ...overrides,
});

const held = { type: 'veto-debate-held', data: { draftId: 'draft-1', heldAt: at.toISOString() } } as const;

describe('hold the debate on a veto', () => {
  it('records the debate as held, owed or not', () => {
    given(generalAssemblyDecider, [noted, vetoNoted()]).when(hold()).then([held]);
    given(generalAssemblyDecider, [noted, vetoNoted(null)])
      .when(hold())
      .then([held]);
  });

  it('holds a debate on a veto the Assembly has noted', () => {
    given(generalAssemblyDecider, [noted]).when(hold()).thenRefuses('not-found', 'veto-noted');
  });

  it('holds it once', () => {
    given(generalAssemblyDecider, [noted, vetoNoted(), held]).when(hold()).thenRefuses('conflict', 'veto-debate-held-once');
  });

  it('is the Assembly’s to do', () => {
    given(generalAssemblyDecider, [noted, vetoNoted()])
      .when(hold({ actor: delegation(kenya) }))
      .thenRefuses('forbidden', 'remit');
  });
});
