import { Actor, Body, UN_DEPARTMENTS } from '@rtop/kernel';
import { mayReadResponses, mayReadSecretaryGeneralCase } from './secretary-general-read-access';

const reader = (body: Body, role = 'officer'): Actor => ({ body, person: `${body} reader`, role });

describe('who reads the Secretary-General’s records', () => {
  it.each<[string, Actor, boolean]>([
    ['the Secretary-General', reader('un-secretary-general'), true],
    ...UN_DEPARTMENTS.map((department): [string, Actor, boolean] => [`${department}, on the standing group`, reader(department), true]),
    ['an auditor of any body', reader('au-psc', 'auditor'), true],
    ['the Joint Office', reader('un-joint-office'), false],
    ['the Security Council', reader('un-security-council'), false],
    ['a regional body', reader('igad'), false],
    ['a member state', reader('member-state:KEN'), false],
  ])('given %s, when it asks for a case record or the responses, then it may read them: %s', (_who, actor, allowed) => {
    expect(mayReadSecretaryGeneralCase(actor)).toBe(allowed);
    expect(mayReadResponses(actor)).toBe(allowed);
  });
});
