import { generateKeyPairSync } from 'node:crypto';
import { JWTPayload, SignJWT } from 'jose';
import { validateEnvironment } from '@rtop/config';
import { mintToken } from './bearer-token';
import { TokenVerifier } from './token-verifier';
import { tokenTrustOf } from './token-trust';

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = (key: typeof publicKey, type: 'spki' | 'pkcs8') => key.export({ type, format: 'pem' }).toString();
const verifier = new TokenVerifier(pem(publicKey, 'spki'), tokenTrustOf(validateEnvironment({ RTOP_TOKEN_MAX_LIFETIME: '12h' })));
const officer = { body: 'un-joint-office', person: 'Ana', role: 'officer' } as const;

const now = () => Math.floor(Date.now() / 1000);
const HOUR = 3600;
/** A token rtop's own key signs, with the claims given (nothing is set unless given). */
const signed = (claims: JWTPayload, header = { alg: 'ES256' }) => new SignJWT(claims).setProtectedHeader(header).sign(privateKey);
const good = (overrides: JWTPayload = {}): JWTPayload => ({
  iss: 'rtop',
  aud: 'rtop-api',
  sub: officer.person,
  body: officer.body,
  role: officer.role,
  iat: now(),
  exp: now() + HOUR,
  ...overrides,
});

describe('a token rtop signs itself', () => {
  it('given a token npm run token mints, when verified, then it names its actor', async () => {
    await expect(verifier.actorOf(mintToken(pem(privateKey, 'pkcs8'), officer))).resolves.toEqual(officer);
  });

  it('given a member state by an ISO code, when verified, then it names that state', async () => {
    await expect(verifier.actorOf(await signed(good({ body: 'member-state:KEN' })))).resolves.toMatchObject({ body: 'member-state:KEN' });
  });

  it.each<[string, JWTPayload, RegExp]>([
    ['no exp', { exp: undefined }, /"exp" claim/],
    ['no iat', { iat: undefined }, /"iat" claim/],
    ['an exp passed', { iat: now() - 2 * HOUR, exp: now() - HOUR }, /"exp" claim timestamp check failed/],
    ['an iat to come', { iat: now() + HOUR, exp: now() + 2 * HOUR }, /"iat" claim timestamp check failed \(it should be in the past\)/],
    [
      'a life longer than the maximum',
      { iat: now(), exp: now() + 13 * HOUR },
      /lives 46800s from iat to exp, longer than the 43200s allowed \(RTOP_TOKEN_MAX_LIFETIME\)/,
    ],
    ['another audience', { aud: 'another-api' }, /"aud" claim/],
    ['no subject', { sub: undefined }, /must name a body rtop knows .* a person \(sub\)/],
    ['a made-up member state', { body: 'member-state:XXX' }, /must name a body rtop knows/],
    ['a body rtop does not know', { body: 'nato' }, /must name a body rtop knows/],
    ['a role that is a list', { role: ['officer'] }, /each as one string/],
  ])('given a token with %s, when verified, then it is refused', async (_, claims, reason) => {
    await expect(verifier.actorOf(await signed(good(claims)))).rejects.toThrow(reason);
  });

  it('given a token naming an issuer rtop does not trust, when verified, then it is refused before any key is looked for', async () => {
    await expect(verifier.actorOf(await signed(good({ iss: 'https://elsewhere.example.org' })))).rejects.toThrow(
      /issuer \(iss\) is not one rtop trusts/,
    );
  });

  it('given a token signed with another key, when verified, then it is refused', async () => {
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const forged = await new SignJWT(good()).setProtectedHeader({ alg: 'ES256' }).sign(other);
    await expect(verifier.actorOf(forged)).rejects.toThrow(/signature verification failed/);
  });

  it('given an unsigned token (alg none), when verified, then it is refused', async () => {
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    await expect(verifier.actorOf(`${part({ alg: 'none' })}.${part(good())}.`)).rejects.toThrow(/bearer token refused/);
  });

  it('given what is no JWT at all, when verified, then it is refused', async () => {
    await expect(verifier.actorOf('not-a-jwt')).rejects.toThrow(/not a signed JWT naming its issuer/);
  });

  it('given a shorter maximum lifetime, when a token lives longer, then it is refused', async () => {
    const strict = new TokenVerifier(pem(publicKey, 'spki'), tokenTrustOf(validateEnvironment({ RTOP_TOKEN_MAX_LIFETIME: '15m' })));
    await expect(strict.actorOf(mintToken(pem(privateKey, 'pkcs8'), officer, 3600))).rejects.toThrow(/longer than the 900s allowed/);
    await expect(strict.actorOf(mintToken(pem(privateKey, 'pkcs8'), officer, 900))).resolves.toEqual(officer);
  });
});

describe('a token verified before', () => {
  let clock = Date.now();
  const cachingVerifier = () => new TokenVerifier(pem(publicKey, 'spki'), tokenTrustOf(validateEnvironment({})), () => clock);
  const refusalOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'accepted',
      (error: unknown) => String(error),
    );
  beforeEach(() => (clock = Date.now()));

  it('given a token verified once, when it is verified again, then it names the same actor', async () => {
    const [verifier, token] = [cachingVerifier(), await signed(good())];
    await verifier.actorOf(token);
    await expect(verifier.actorOf(token)).resolves.toEqual(officer);
  });

  it('given a short-lived token verified once, when its exp passes, then it is refused as a fresh verification refuses it', async () => {
    const [verifier, token] = [cachingVerifier(), await signed(good({ exp: now() + 10 }))];
    await verifier.actorOf(token);
    clock += 41_000;
    const refusal = await refusalOf(verifier.actorOf(token));
    expect(refusal).toMatch(/bearer token refused: "exp" claim timestamp check failed$/);
    expect(refusal).toBe(await refusalOf(cachingVerifier().actorOf(token)));
  });

  it('given a token verified once, when the clock is set back before its nbf, then it is refused as a fresh verification refuses it', async () => {
    const [verifier, token] = [cachingVerifier(), await signed(good({ nbf: now() }))];
    await verifier.actorOf(token);
    clock -= 41_000;
    const refusal = await refusalOf(verifier.actorOf(token));
    expect(refusal).toMatch(/bearer token refused: "nbf" claim timestamp check failed$/);
    expect(refusal).toBe(await refusalOf(cachingVerifier().actorOf(token)));
  });

  it('given a genuine token verified once, when the same claims come with another signature, then they are refused', async () => {
    const verifier = cachingVerifier();
    const claims = good();
    const genuine = await signed(claims);
    const other = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const signature = (await new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).sign(other)).split('.')[2];
    await verifier.actorOf(genuine);
    await expect(verifier.actorOf(genuine.replace(/[^.]+$/, signature))).rejects.toThrow(/signature verification failed/);
    await expect(verifier.actorOf(genuine)).resolves.toEqual(officer);
  });
});
