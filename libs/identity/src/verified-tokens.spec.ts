import { VerifiedToken, VerifiedTokens } from './verified-tokens';

const actorNamed = (person: string): VerifiedToken => ({ actor: { body: 'un-joint-office', person, role: 'officer' }, exp: 2_000_000_000 });
const AT = 1_700_000_000_000;

describe('tokens verified lately', () => {
  it('given a token remembered, when it is recalled, then its actor and exp come back', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('token-of-ana', actorNamed('Ana'), AT);
    expect(tokens.recall('token-of-ana', AT + 1_000)).toEqual(expect.objectContaining(actorNamed('Ana')));
    expect(tokens.recall('token-of-someone-else', AT + 1_000)).toBeUndefined();
  });

  it('given a token remembered a minute ago, when it is recalled, then it is forgotten and must be verified afresh', () => {
    const tokens = new VerifiedTokens();
    tokens.remember('token-of-ana', actorNamed('Ana'), AT);
    expect(tokens.recall('token-of-ana', AT + 59_999)).toBeDefined();
    expect(tokens.recall('token-of-ana', AT + 60_000)).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('given it is full, when another token is remembered, then the least recently used is dropped', () => {
    const tokens = new VerifiedTokens(2);
    tokens.remember('token-of-ana', actorNamed('Ana'), AT);
    tokens.remember('token-of-ben', actorNamed('Ben'), AT);
    tokens.recall('token-of-ana', AT);
    tokens.remember('token-of-cat', actorNamed('Cat'), AT);
    expect(tokens.size).toBe(2);
    expect(tokens.recall('token-of-ben', AT)).toBeUndefined();
    expect(tokens.recall('token-of-ana', AT)).toBeDefined();
    expect(tokens.recall('token-of-cat', AT)).toBeDefined();
  });

  it('given a flood of distinct tokens, when each is remembered, then no more than the bound are kept', () => {
    const tokens = new VerifiedTokens();
    for (let n = 0; n < 10_500; n += 1) tokens.remember(`token-${String(n)}`, actorNamed('Ana'), AT);
    expect(tokens.size).toBe(10_000);
  });
});
