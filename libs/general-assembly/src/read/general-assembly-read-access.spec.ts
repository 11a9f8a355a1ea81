import { AUDITOR_ROLE, Actor, Body } from '@rtop/kernel';
import { mayReadAssemblyCase } from './general-assembly-read-access';

const reader = (body: Body, role = 'officer'): Actor => ({ body, person: `${body} reader`, role });

describe('who may read the General Assembly’s file on a case', () => {
  it('given the Assembly, when it reads its own file, then it may', () => {
    expect(mayReadAssemblyCase(reader('un-general-assembly'))).toBe(true);
  });

  it('given an auditor of any body, when it reads the file, then it may', () => {
    expect(mayReadAssemblyCase(reader('un-security-council', AUDITOR_ROLE))).toBe(true);
  });

  it('given the Council whose veto the Assembly debates, or a member state that voted, when it reads the file, then it may not', () => {
    for (const body of ['un-security-council', 'un-secretary-general', 'un-joint-office', 'member-state:KEN'] as const) {
      expect(mayReadAssemblyCase(reader(body))).toBe(false);
    }
  });
});
