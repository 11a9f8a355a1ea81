import { given } from '@rtop/testing';
import { generalAssemblyDecider } from './general-assembly-case';
import { assembly, at, councilSessionDue, hoursAfter, securityCouncil, sessionConvened } from './general-assembly.fixtures';
import { CouncilRequestForSessionNoted, SessionRequestOpened } from './general-assembly-events';
import { NoteCouncilRequestForSession } from './note-council-request-for-session';

const note = (overrides: Partial<NoteCouncilRequestForSession> = {}): NoteCouncilRequestForSession => ({
  type: 'note-council-request-for-session',
  draftId: 'draft-2',
  actor: securityCouncil,
  at,
  ...overrides,
});

const noted: CouncilRequestForSessionNoted = { type: 'council-request-for-session-noted', data: { draftId: 'draft-2' } };

describe('note the Council’s request for an emergency special session', () => {
  it('is a valid request at once: the session is due within 24 hours', () => {
    given(generalAssemblyDecider).when(note()).then([noted, councilSessionDue]);
    expect(councilSessionDue.data.dueBy).toBe(hoursAfter(24).toISOString());
  });

  it('supersedes a members’ request still short of a majority', () => {
    const collecting: SessionRequestOpened = {
      type: 'session-request-opened',
      data: { requestId: 'request-1', requestedBy: 'member-state:KEN', membership: 193 },
    };
    given(generalAssemblyDecider, [collecting]).when(note()).then([noted, councilSessionDue]);
  });

  it('adds no second deadline while a session is due or open', () => {
    given(generalAssemblyDecider, [councilSessionDue])
      .when(note({ draftId: 'draft-3' }))
      .then([{ ...noted, data: { draftId: 'draft-3' } }]);
    given(generalAssemblyDecider, [councilSessionDue, sessionConvened])
      .when(note({ draftId: 'draft-3' }))
      .then([{ ...noted, data: { draftId: 'draft-3' } }]);
  });

  it('changes nothing when the same request is delivered again', () => {
    given(generalAssemblyDecider, [noted, councilSessionDue]).when(note()).then([]);
  });

  it('counts only a request made by the Council', () => {
    given(generalAssemblyDecider)
      .when(note({ actor: assembly }))
      .thenRefuses('forbidden', 'remit');
  });
});
