import { VerifiedToken, VerifiedTokens } from './verified-tokens';

const actorNamed = (person: string): VerifiedToken => ({ actor: { body: 'un-joint-office', person, role: 'officer' }, exp: 2_000_000_000 });
const AT = 1_700_000_000_000;
/** Tokens remembered on a clock the spec moves. */
function tokensAt(capacity?: number) {
  const clock = { now: AT };
  return { clock, tokens: new VerifiedTokens(() => clock.now, capacity) };
}

describe('tokens verified lately', () => {
  it('given a token remembered, when it is recalled, then its actor and exp come back', () => {
    const { clock, tokens } = tokensAt();
    tokens.remember('token-of-ana', actorNamed('Ana'));
    clock.now += 1_000;
    expect(tokens.recall('token-of-ana')).toEqual(actorNamed('Ana'));
    expect(tokens.recall('token-of-someone-else')).toBeUndefined();
  });

  it('given a token remembered a minute ago, when it is recalled, then it is forgotten and must be verified afresh', () => {
    const { clock, tokens } = tokensAt();
    tokens.remember('token-of-ana', actorNamed('Ana'));
    clock.now += 59_999;
    expect(tokens.recall('token-of-ana')).toBeDefined();
    clock.now += 2;
    expect(tokens.recall('token-of-ana')).toBeUndefined();
    expect(tokens.size).toBe(0);
  });

  it('given it is full, when another token is remembered, then the least recently used is dropped', () => {
    const { tokens } = tokensAt(2);
    tokens.remember('token-of-ana', actorNamed('Ana'));
    tokens.remember('token-of-ben', actorNamed('Ben'));
    tokens.recall('token-of-ana');
    tokens.remember('token-of-cat', actorNamed('Cat'));
    expect(tokens.size).toBe(2);
    expect(tokens.recall('token-of-ben')).toBeUndefined();
    expect(tokens.recall('token-of-ana')).toBeDefined();
    expect(tokens.recall('token-of-cat')).toBeDefined();
  });

  it('given a flood of distinct tokens, when each is remembered, then no more than the bound are kept', () => {
    const { tokens } = tokensAt();
    for (let n = 0; n < 10_500; n += 1) tokens.remember(`token-${String(n)}`, actorNamed('Ana'));
    expect(tokens.size).toBe(10_000);
  });
});
