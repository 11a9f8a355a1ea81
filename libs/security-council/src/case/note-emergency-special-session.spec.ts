import { given } from '@rtop/testing';
import { councilCaseDecider } from './council-case';
import { EmergencySpecialSessionNoted } from './council-case-events';
import { NoteEmergencySpecialSession } from './note-emergency-special-session';
import { at, caseId, generalAssembly, secretaryGeneral } from './council-case.fixtures';

const note = (overrides: Partial<NoteEmergencySpecialSession> = {}): NoteEmergencySpecialSession => ({
  type: 'note-emergency-special-session',
  caseId,
  sessionId: 'ess-11',
  status: 'convened',
  actor: generalAssembly,
  at,
  ...overrides,
});

const noted = (status: 'convened' | 'closed'): EmergencySpecialSessionNoted => ({
  type: 'emergency-special-session-noted',
  data: { sessionId: 'ess-11', status },
});

describe('note an emergency special session of the General Assembly', () => {
  it('notes a session convened on the situation', () => {
    given(councilCaseDecider)
      .when(note())
      .then([noted('convened')]);
  });

  it('notes the session closed', () => {
    given(councilCaseDecider, [noted('convened')])
      .when(note({ status: 'closed' }))
      .then([noted('closed')]);
  });

  it('notes a closed session resumed', () => {
    given(councilCaseDecider, [noted('convened'), noted('closed')])
      .when(note())
      .then([noted('convened')]);
  });

  it('changes nothing when the same news arrives again', () => {
    given(councilCaseDecider, [noted('convened')])
      .when(note())
      .then([]);
    given(councilCaseDecider)
      .when(note({ status: 'closed' }))
      .then([]);
  });

  it('comes from the General Assembly only', () => {
    given(councilCaseDecider)
      .when(note({ actor: secretaryGeneral }))
      .thenRefuses('forbidden', 'remit', /un-general-assembly only/);
  });
});
