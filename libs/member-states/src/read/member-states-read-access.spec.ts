import { Actor, Body } from '@rtop/kernel';
import { mayReadMemberStateRecord, mayReadMemberStatesCase } from './member-states-read-access';

const reader = (body: Body, role = 'officer'): Actor => ({ body, person: `${body} reader`, role });

describe('who reads the member states’ records', () => {
  it.each<[string, Actor, boolean]>([
    ['the Secretary-General', reader('un-secretary-general'), true],
    ['a standing group department', reader('un-undp'), true],
    ['an auditor of any body', reader('oas', 'auditor'), true],
    ['a member state', reader('member-state:KEN'), false],
    ['the Joint Office', reader('un-joint-office'), false],
    ['the Security Council', reader('un-security-council'), false],
  ])('given %s, when it asks for every state’s record on a case, then it may read it: %s', (_who, actor, allowed) => {
    expect(mayReadMemberStatesCase(actor)).toBe(allowed);
  });

  it.each<[string, Actor, boolean]>([
    ['Kenya itself', reader('member-state:KEN'), true],
    ['the Secretary-General', reader('un-secretary-general'), true],
    ['a standing group department', reader('un-ocha'), true],
    ['an auditor', reader('member-state:UGA', 'auditor'), true],
    ['another state', reader('member-state:UGA'), false],
    ['a regional body', reader('au-psc'), false],
    ['the Joint Office', reader('un-joint-office'), false],
  ])('given %s, when it asks for Kenya’s record on a case, then it may read it: %s', (_who, actor, allowed) => {
    expect(mayReadMemberStateRecord(actor, 'KEN')).toBe(allowed);
  });
});
