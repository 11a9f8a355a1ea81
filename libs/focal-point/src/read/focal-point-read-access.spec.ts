import { Actor, Body } from '@rtop/kernel';
import { mayReadJointOfficeCase, mayReadSourceReliability } from './focal-point-read-access';

const reader = (body: Body, role = 'officer'): Actor => ({ body, person: `${body} reader`, role });

describe('who reads the Joint Office’s records', () => {
  it.each([
    ['the Joint Office', reader('un-joint-office'), true],
    ['an auditor of any body', reader('member-state:KEN', 'auditor'), true],
    ['the Secretary-General', reader('un-secretary-general'), false],
    ['a standing group department', reader('un-ohchr'), false],
    ['the Security Council', reader('un-security-council'), false],
    ['a regional body', reader('au-psc'), false],
    ['a member state', reader('member-state:KEN'), false],
  ])('given %s, when it asks for a case file or a source’s reliability, then it may read them: %s', (_who, actor, allowed) => {
    expect(mayReadJointOfficeCase(actor)).toBe(allowed);
    expect(mayReadSourceReliability(actor)).toBe(allowed);
  });
});
