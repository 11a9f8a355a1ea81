import { Actor, Body } from '@rtop/kernel';
import { mayReadLiaisonFeed } from './liaison-feed-read-access';

const reader = (body: Body, role = 'officer'): Actor => ({ body, person: `${body} reader`, role });

describe('who reads a regional body’s liaison feed', () => {
  it.each<[string, Actor, boolean]>([
    ['the African Union PSC itself', reader('au-psc'), true],
    ['an auditor of any body', reader('un-joint-office', 'auditor'), true],
    ['another regional body', reader('igad'), false],
    ['the Secretary-General', reader('un-secretary-general'), false],
    ['a member state', reader('member-state:KEN'), false],
  ])('given %s, when it asks for the AU PSC’s feed, then it may read it: %s', (_who, actor, allowed) => {
    expect(mayReadLiaisonFeed(actor, 'au-psc')).toBe(allowed);
  });
});
