import { randomUUID } from 'node:crypto';
import { Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { INestApplication } from '@nestjs/common';
import { CONTEXT_STORES, ContextStores } from '@rtop/event-store';
import { EventLogModule } from '@rtop/event-log';
import { MemberStatesModule } from '@rtop/member-states';
import { ContextApp, httpClient, openedByTheJointOffice, startContextApp } from '@rtop/testing';
import { JWK, JWTPayload, KeyLike, SignJWT, exportJWK, generateKeyPair } from 'jose';

/**
 * An OpenID Connect provider as rtop meets one: an issuer publishing its signing keys as a JWKS at
 * Keycloak's certs path, served over real HTTP by this test. rtop is configured with that issuer,
 * an audience and a claim mapping, as a deployment would be (docs/identity.md).
 */
const AUDIENCE = 'rtop';
const HOUR = 3600;
const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const streamId = `member-states-case-${caseId}`;
const postures = `/member-states/cases/${caseId}/states/KEN/declared-postures`;

let provider: Server;
let issuer: string;
let signingKey: KeyLike;
let rtop: ContextApp;
let app: INestApplication;
let jwksRequests = 0;

async function serveJwks(keys: JWK[]): Promise<string> {
  provider = createServer((request, response) => {
    if (request.url !== '/realms/rtop/protocol/openid-connect/certs') return void response.writeHead(404).end();
    jwksRequests += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys }));
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${String((provider.address() as AddressInfo).port)}/realms/rtop`;
}

const now = () => Math.floor(Date.now() / 1000);
/** The claims the provider puts in a Kenyan delegate's token, with the protocol mappers docs/identity.md sets up. */
const claims = (overrides: JWTPayload = {}): JWTPayload => ({
  iss: issuer,
  aud: AUDIENCE,
  sub: randomUUID(),
  preferred_username: 'kenya.pr',
  rtop: { body: 'member-state:KEN', role: 'permanent-representative' },
  iat: now(),
  exp: now() + HOUR,
  ...overrides,
});
const issued = (payload: JWTPayload, key: KeyLike = signingKey, kid = 'provider-key-1') =>
  new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
const declare = (token: string) =>
  httpClient(rtop.baseUrl, token).post(postures, { posture: 'willing-but-unable', reasons: ['Police overwhelmed'] });
const storedEvents = async () => (await app.get<ContextStores>(CONTEXT_STORES).get('member-states')?.readStream(streamId)) ?? [];

beforeAll(async () => {
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  signingKey = privateKey;
  issuer = await serveJwks([{ ...(await exportJWK(publicKey)), kid: 'provider-key-1', alg: 'RS256', use: 'sig' }]);
  rtop = await startContextApp('oidc', [EventLogModule.forContext('focal-point'), MemberStatesModule], {
    RTOP_OIDC_ISSUER: issuer,
    RTOP_OIDC_AUDIENCE: AUDIENCE,
    RTOP_OIDC_CLAIM_BODY: 'rtop.body',
    RTOP_OIDC_CLAIM_ROLE: 'rtop.role',
    RTOP_TOKEN_MAX_LIFETIME: '12h',
  });
  app = rtop.app;
  await openedByTheJointOffice(app, caseId, [{ context: 'member-states', streamId }]);
}, 120_000);

afterAll(async () => {
  await rtop.stop();
  await new Promise((resolve) => provider.close(resolve));
});

describe('tokens from an OpenID Connect provider’s JWKS', () => {
  it('given a token the provider signed, when it is used, then rtop fetches the JWKS over HTTP and acts for the actor its claims map to', async () => {
    const answer = await declare(await issued(claims()));
    expect(answer.status).toBe(201);
    expect(jwksRequests).toBeGreaterThanOrEqual(1);
    const declared = (await storedEvents()).find((e) => e.type === 'posture-declared');
    expect(declared?.metadata.actor).toEqual({ body: 'member-state:KEN', person: 'kenya.pr', role: 'permanent-representative' });
  });

  it('given a provider’s token for another state, when it acts for Kenya, then the mapped body is outside that remit (403)', async () => {
    const uganda = await issued(
      claims({ preferred_username: 'uganda.pr', rtop: { body: 'member-state:UGA', role: 'permanent-representative' } }),
    );
    expect(await declare(uganda)).toMatchObject({ status: 403, body: { rule: 'remit' } });
  });

  it('given rtop’s own token too, when it is used beside the provider’s, then both are accepted: the issuer picks the key', async () => {
    const own = await rtop
      .as('un-joint-office')
      .post(`/member-states/cases/${caseId}/states/KEN/assessed-postures`, { posture: 'unwilling', reasons: ['Forces implicated'] });
    expect(own.status).toBe(201);
  });

  describe('and tokens it must refuse (401, nothing written)', () => {
    const refusals: [string, () => Promise<string>, RegExp][] = [
      ['for another audience', () => issued(claims({ aud: 'another-client' })), /"aud" claim/],
      ['from another issuer', () => issued(claims({ iss: `${issuer}-elsewhere` })), /issuer \(iss\) is not one rtop trusts/],
      ['expired', () => issued(claims({ iat: now() - 2 * HOUR, exp: now() - HOUR })), /"exp" claim timestamp check failed/],
      ['without exp', () => issued(claims({ exp: undefined })), /missing required "exp" claim/],
      ['living longer than RTOP_TOKEN_MAX_LIFETIME', () => issued(claims({ exp: now() + 24 * HOUR })), /longer than the 43200s allowed/],
      [
        'signed by a key not in the JWKS',
        async () => issued(claims(), (await generateKeyPair('RS256')).privateKey, 'unknown-key'),
        /no applicable key found/,
      ],
      [
        'signed by another key under the JWKS key’s id',
        async () => issued(claims(), (await generateKeyPair('RS256')).privateKey),
        /signature verification failed/,
      ],
      [
        'unsigned (alg none)',
        () => Promise.resolve(`${part({ alg: 'none', typ: 'JWT' })}.${part(claims())}.`),
        /"alg" \(Algorithm\) Header Parameter value not allowed/,
      ],
      [
        'naming a made-up member state',
        () => issued(claims({ rtop: { body: 'member-state:XXX', role: 'permanent-representative' } })),
        /must name a body rtop knows \(claim rtop.body/,
      ],
      ['without the mapped role claim', () => issued(claims({ rtop: { body: 'member-state:KEN' } })), /a role \(rtop.role\)/],
    ];

    it.each(refusals)('given a token %s, when it is used, then it is refused', async (_, token, reason) => {
      const before = (await storedEvents()).length;
      const answer = await declare(await token());
      expect(answer.status).toBe(401);
      expect(answer.body).toMatchObject({ rule: 'bearer-token' });
      expect(String(answer.body.detail)).toMatch(/^bearer token refused/);
      expect(String(answer.body.detail)).toMatch(reason);
      expect(answer.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect((await storedEvents()).length).toBe(before);
    });

    it('given a valid token with junk after it in the header, when it is used, then it is refused', async () => {
      const answer = await httpClient(rtop.baseUrl).post(
        postures,
        { posture: 'unwilling', reasons: ['x'] },
        { authorization: `Bearer ${await issued(claims())} junk` },
      );
      expect(answer).toMatchObject({
        status: 401,
        body: { rule: 'bearer-token', detail: expect.stringMatching(/one token and nothing after it/) },
      });
    });
  });
});

function part(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
