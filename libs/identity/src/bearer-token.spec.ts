import { UnauthenticatedError, bearerTokenOf } from './bearer-token';

const TOKEN = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJhIn0.c2ln-_';

describe('the Authorization header names one bearer token', () => {
  it('given Bearer and one token, when parsed, then the token is taken', () => {
    expect(bearerTokenOf(`Bearer ${TOKEN}`)).toBe(TOKEN);
  });

  it('given the scheme in another case, when parsed, then it is the same scheme (RFC 9110 §11.1)', () => {
    expect(bearerTokenOf(`bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerTokenOf(`BEARER ${TOKEN}`)).toBe(TOKEN);
  });

  it('given more than one space before the token, when parsed, then the token is taken (RFC 6750 §2.1: 1*SP)', () => {
    expect(bearerTokenOf(`Bearer  ${TOKEN}`)).toBe(TOKEN);
  });

  it('given a token68 with padding, when parsed, then the padding is part of it', () => {
    expect(bearerTokenOf('Bearer abc~+/==')).toBe('abc~+/==');
  });

  it.each([
    ['no header', undefined],
    ['an empty header', ''],
    ['the scheme alone', 'Bearer'],
    ['the scheme and a space', 'Bearer '],
    ['another scheme', `Basic ${TOKEN}`],
    ['a token and junk after it', `Bearer ${TOKEN} junk`],
    ['two tokens', `Bearer ${TOKEN} ${TOKEN}`],
    ['a tab for the space', `Bearer\t${TOKEN}`],
    ['a comma after the token', `Bearer ${TOKEN},`],
    ['padding inside the token', 'Bearer ab=cd'],
    ['a quoted token', `Bearer "${TOKEN}"`],
    ['no space after the scheme', `Bearer${TOKEN}`],
  ])('given %s, when parsed, then it is refused as unauthenticated', (_, header) => {
    expect(() => bearerTokenOf(header)).toThrow(UnauthenticatedError);
    expect(() => bearerTokenOf(header)).toThrow(/one token and nothing after it/);
  });
});
