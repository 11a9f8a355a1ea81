import { Environment, validateEnvironment } from '@rtop/config';
import { claimAt, tokenTrustOf } from './token-trust';

const trustFrom = (env: Environment) => tokenTrustOf(validateEnvironment(env));

const oidc = { RTOP_OIDC_ISSUER: 'https://id.example.org/realms/rtop', RTOP_OIDC_AUDIENCE: 'rtop-api' };

describe('which tokens a deployment trusts, from its environment', () => {
  it('given nothing set, when read, then only rtop’s own tokens are trusted, for at most 12 hours', () => {
    expect(trustFrom({})).toEqual({ maxLifetimeSeconds: 12 * 3600 });
  });

  it('given a maximum lifetime, when read, then it is taken in seconds', () => {
    expect(trustFrom({ RTOP_TOKEN_MAX_LIFETIME: '30m' }).maxLifetimeSeconds).toBe(1800);
    expect(trustFrom({ RTOP_TOKEN_MAX_LIFETIME: '1d' }).maxLifetimeSeconds).toBe(86_400);
  });

  it.each(['12', '12 h', '0h', '-1h', '1w', 'forever'])(
    'given a maximum lifetime of %p, when read, then start-up stops naming the variable',
    (value) => {
      expect(() => trustFrom({ RTOP_TOKEN_MAX_LIFETIME: value })).toThrow(/^RTOP_TOKEN_MAX_LIFETIME must be a duration/);
    },
  );

  it('given an issuer and an audience, when read, then the JWKS is Keycloak’s certs endpoint and the claims are the defaults', () => {
    expect(trustFrom(oidc).oidc).toEqual({
      issuer: 'https://id.example.org/realms/rtop',
      audience: 'rtop-api',
      jwksUrl: new URL('https://id.example.org/realms/rtop/protocol/openid-connect/certs'),
      claims: { body: 'rtop_body', person: 'preferred_username', role: 'rtop_role' },
    });
  });

  it('given a JWKS URL and a claim mapping, when read, then they are taken as given', () => {
    const trust = trustFrom({
      ...oidc,
      RTOP_OIDC_JWKS_URL: 'https://id.example.org/keys',
      RTOP_OIDC_CLAIM_BODY: 'rtop.body',
      RTOP_OIDC_CLAIM_PERSON: 'email',
      RTOP_OIDC_CLAIM_ROLE: 'rtop.role',
    });
    expect(trust.oidc).toMatchObject({
      jwksUrl: new URL('https://id.example.org/keys'),
      claims: { body: 'rtop.body', person: 'email', role: 'rtop.role' },
    });
  });

  it.each([
    [{ RTOP_OIDC_AUDIENCE: 'rtop-api' }, /^RTOP_OIDC_AUDIENCE is set but RTOP_OIDC_ISSUER is not/],
    [{ RTOP_OIDC_ISSUER: 'https://id.example.org' }, /^RTOP_OIDC_AUDIENCE is required/],
    [{ ...oidc, RTOP_OIDC_ISSUER: 'id.example.org' }, /^RTOP_OIDC_ISSUER must be an https URL/],
    [{ ...oidc, RTOP_OIDC_ISSUER: 'http://id.example.org' }, /^RTOP_OIDC_ISSUER must be an https URL/],
    [{ ...oidc, RTOP_OIDC_ISSUER: 'rtop' }, /^RTOP_OIDC_ISSUER must be an https URL \(http only on localhost\); it is "rtop"/],
    [{ ...oidc, RTOP_OIDC_JWKS_URL: 'http://keys.example.org/certs' }, /^RTOP_OIDC_JWKS_URL must be an https URL/],
    [{ ...oidc, RTOP_OIDC_CLAIM_ROLE: 'roles[0]' }, /^RTOP_OIDC_CLAIM_ROLE must be a claim name or a dotted path/],
  ])('given a wrong setting %p, when read, then start-up stops naming the variable', (env, message) => {
    expect(() => trustFrom(env)).toThrow(message);
  });

  it('given a provider on this machine, when read, then plain http is allowed', () => {
    expect(trustFrom({ ...oidc, RTOP_OIDC_ISSUER: 'http://127.0.0.1:8080/realms/rtop' }).oidc?.jwksUrl.href).toBe(
      'http://127.0.0.1:8080/realms/rtop/protocol/openid-connect/certs',
    );
  });
});

describe('a claim by name or dotted path', () => {
  const claims = { sub: 'a', rtop: { body: 'un-joint-office' }, realm_access: { roles: ['officer'] } };

  it('given a name or a path, when read, then the value there is found', () => {
    expect(claimAt(claims, 'sub')).toBe('a');
    expect(claimAt(claims, 'rtop.body')).toBe('un-joint-office');
    expect(claimAt(claims, 'realm_access.roles')).toEqual(['officer']);
  });

  it('given a path through nothing, when read, then nothing is found', () => {
    expect(claimAt(claims, 'rtop.role')).toBeUndefined();
    expect(claimAt(claims, 'sub.length')).toBeUndefined();
    expect(claimAt(claims, 'rtop.body.constructor')).toBeUndefined();
  });
});
