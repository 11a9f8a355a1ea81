import { fold } from '@rtop/kernel';
import { overdueSessionConvening } from './emergency-special-session';
import { generalAssemblyDecider } from './general-assembly-case';
import { councilSessionDue, hoursAfter, sessionConvened } from './general-assembly.fixtures';

describe('an emergency special session overdue for convening', () => {
  it('is overdue once 24 hours have passed since the request became valid', () => {
    const state = fold(generalAssemblyDecider, [councilSessionDue]);
    expect(overdueSessionConvening(state.session, hoursAfter(24))).toBeNull();
    expect(overdueSessionConvening(state.session, hoursAfter(25))).toEqual({ dueBy: hoursAfter(24).toISOString() });
  });

  it('is not overdue once convened, nor without a valid request', () => {
    expect(overdueSessionConvening(fold(generalAssemblyDecider, [councilSessionDue, sessionConvened]).session, hoursAfter(48))).toBeNull();
    expect(overdueSessionConvening(generalAssemblyDecider.initialState.session, hoursAfter(48))).toBeNull();
  });
});
