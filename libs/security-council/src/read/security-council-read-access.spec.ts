import { Actor, AUDITOR_ROLE, Body } from '@rtop/kernel';
import { mayReadCouncilCase } from './security-council-read-access';

const reader = (body: Body, role = 'officer'): Actor => ({ body, person: `${body} reader`, role });

describe('who may read the Security Council’s file on a case', () => {
  it('given the Council, when it reads its own file, then it may', () => {
    expect(mayReadCouncilCase(reader('un-security-council'))).toBe(true);
  });

  it('given an auditor of any body, when it reads the file, then it may', () => {
    expect(mayReadCouncilCase(reader('member-state:KEN', AUDITOR_ROLE))).toBe(true);
  });

  it('given any other body, even one the Council’s decisions name, when it reads the file, then it may not', () => {
    for (const body of ['un-general-assembly', 'un-secretary-general', 'un-joint-office', 'au-psc', 'member-state:RUS'] as const) {
      expect(mayReadCouncilCase(reader(body))).toBe(false);
    }
  });
});
