import { fold } from '@rtop/kernel';
import { generalAssemblyDecider } from './general-assembly-case';
import { GeneralAssemblyEvent } from './general-assembly-events';
import { at, councilSessionDue, sessionConvened, vetoNoted } from './general-assembly.fixtures';
import { overdueVetoDebates } from './veto-debate';

const dueBy = '2008-02-18T10:00:00.000Z';
const stateAfter = (events: GeneralAssemblyEvent[]) => fold(generalAssemblyDecider, events);
const justAfter = new Date('2008-02-18T10:00:01Z');

describe('overdue veto debates', () => {
  it('lists a debate past its due date and not held', () => {
    expect(overdueVetoDebates(stateAfter([vetoNoted(dueBy)]), justAfter)).toEqual([
      { draftId: 'draft-1', vetoedBy: ['member-state:RUS'], vetoedAt: at.toISOString(), status: 'due', dueBy },
    ]);
  });

  it('does not list a debate still within its ten working days', () => {
    expect(overdueVetoDebates(stateAfter([vetoNoted(dueBy)]), new Date(dueBy))).toEqual([]);
  });

  it('does not list a debate held, even late', () => {
    const held: GeneralAssemblyEvent = { type: 'veto-debate-held', data: { draftId: 'draft-1', heldAt: '2008-02-20T10:00:00.000Z' } };
    expect(overdueVetoDebates(stateAfter([vetoNoted(dueBy), held]), justAfter)).toEqual([]);
  });

  it('does not list a debate not owed, or met by an emergency special session', () => {
    expect(overdueVetoDebates(stateAfter([vetoNoted(null)]), justAfter)).toEqual([]);
    const superseded: GeneralAssemblyEvent = { type: 'veto-debate-superseded', data: { draftId: 'draft-1', sessionId: 'session-1' } };
    expect(overdueVetoDebates(stateAfter([vetoNoted(dueBy), councilSessionDue, sessionConvened, superseded]), justAfter)).toEqual([]);
  });

  it('keeps a held debate’s due date on record', () => {
    const held: GeneralAssemblyEvent = { type: 'veto-debate-held', data: { draftId: 'draft-1', heldAt: at.toISOString() } };
    expect(stateAfter([vetoNoted(dueBy), held]).vetoDebates.get('draft-1')).toMatchObject({
      status: 'held',
      dueBy,
      heldAt: at.toISOString(),
    });
  });
});
