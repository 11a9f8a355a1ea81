import { given } from '@rtop/testing';
import { generalAssemblyDecider } from './general-assembly-case';
import { assembly, at, councilSessionDue, sessionConvened, securityCouncil, vetoNoted, noted } from './general-assembly.fixtures';
import { NoteVeto } from './note-veto';

const note = (overrides: Partial<NoteVeto> = {}): NoteVeto => ({
  type: 'note-veto',
  draftId: 'draft-1',
  vetoedBy: ['member-state:RUS'],
  vetoDebateDueBy: '2008-02-18T10:00:00.000Z',
  actor: securityCouncil,
  at,
  ...overrides,
});

describe('note a veto cast in the Council', () => {
  it('makes the Assembly’s debate due by the date the Council’s context set (ten working days, res. 76/262)', () => {
    given(generalAssemblyDecider, [noted])
      .when(note())
      .then([vetoNoted('2008-02-18T10:00:00.000Z')]);
  });

  it('owes no debate when an emergency special session was open, as the Council reported', () => {
    given(generalAssemblyDecider, [noted])
      .when(note({ vetoDebateDueBy: null }))
      .then([vetoNoted(null)]);
  });

  it('owes no debate when the Assembly’s own emergency special session on the situation is open', () => {
    given(generalAssemblyDecider, [noted, councilSessionDue, sessionConvened])
      .when(note())
      .then([vetoNoted(null)]);
  });

  it('changes nothing when the same veto is delivered again', () => {
    given(generalAssemblyDecider, [noted, vetoNoted()]).when(note()).then([]);
  });

  it('counts only a veto reported by the Council', () => {
    given(generalAssemblyDecider, [noted])
      .when(note({ actor: assembly }))
      .thenRefuses('forbidden', 'remit');
  });
});
