import { IncomingMessage, ServerResponse, createServer } from 'node:http';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { EventStore, SQL_SESSION, SqlSession, schemaOf } from '@rtop/event-store';
import { LiaisonFeeds, SubscriptionGatewayModule } from '@rtop/subscription-gateway';
import { ContextApp, eventually, startContextApp } from '@rtop/testing';
import { OfficeEndpoint, feedIds, forward, printFigures } from './liaison-office';

/**
 * Webhooks to liaison offices over real HTTP, against real receivers (the example receiver on
 * node:http), with short retry settings in place of a day's: retries for 3 s, backoff from 20 ms
 * doubling up to 250 ms, an endpoint given 1 s to answer.
 */
process.env.RTOP_WEBHOOKS_ALLOW_LOOPBACK = '1';
process.env.RTOP_WEBHOOK_RETRY_FOR = '3s';
process.env.RTOP_WEBHOOK_BACKOFF_BASE_MS = '20';
process.env.RTOP_WEBHOOK_BACKOFF_MAX_MS = '250';
process.env.RTOP_WEBHOOK_TIMEOUT_MS = '1000';
process.env.RTOP_WEBHOOK_SECRET_OVERLAP = '2s';
process.env.RTOP_LIAISON_POLL_MS = '100';

let rtop: ContextApp;
let feed: EventStore;
const office = () => rtop.as('au-psc');

/** Subscribes the endpoint and gives it the secret rtop returned. */
async function subscribe(endpoint: OfficeEndpoint): Promise<string> {
  const created = await office().post('/liaison/au-psc/webhooks', { url: endpoint.url });
  expect(created.status).toBe(201);
  endpoint.secrets = [created.body.secret];
  return created.body.id;
}

async function remove(id: string): Promise<void> {
  expect((await office().delete(`/liaison/au-psc/webhooks/${id}`)).status).toBe(200);
}

const attemptsOf = async (id: string) =>
  (await office().get(`/liaison/au-psc/webhooks/${id}/deliveries?limit=1000`)).body.attempts as {
    eventId: string;
    position: string;
    attempt: number;
    outcome: string;
    status: number | null;
    error: string | null;
  }[];

beforeAll(async () => {
  rtop = await startContextApp('liaison-webhooks', [SubscriptionGatewayModule]);
  feed = rtop.app.get(LiaisonFeeds).of('au-psc');
  await forward(feed, 20);
}, 180_000);
afterAll(async () => {
  await rtop.stop();
});

describe('a liaison office’s webhooks', () => {
  it('are the office’s own to make, and never point into rtop', async () => {
    const endpoint = await new OfficeEndpoint().up();
    expect(await rtop.as('igad').post('/liaison/au-psc/webhooks', { url: endpoint.url })).toMatchObject({
      status: 403,
      body: { rule: 'remit' },
    });
    expect(await rtop.as('un-joint-office', 'auditor').post('/liaison/au-psc/webhooks', { url: endpoint.url })).toMatchObject({
      status: 403,
      body: { rule: 'remit' },
    });
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://[fe80::1]/hook', 'http://[fd00:ec2::254]/']) {
      expect(await office().post('/liaison/au-psc/webhooks', { url })).toMatchObject({
        status: 400,
        body: { rule: 'webhook-endpoint-outside-rtop' },
      });
    }
    expect(await office().post('/liaison/au-psc/webhooks', { url: 'ftp://liaison.au.int/' })).toMatchObject({
      status: 400,
      body: { rule: 'webhook-url' },
    });
    expect((await office().get('/liaison/au-psc/webhooks')).body.webhooks).toEqual([]);
    expect(await rtop.as('igad').get('/liaison/au-psc/webhooks')).toMatchObject({ status: 403, body: { rule: 'remit' } });
    await endpoint.down();
  });

  it('given an endpoint answering 500 three times, then 200: every event is delivered once, in feed order', async () => {
    const endpoint = await new OfficeEndpoint().up();
    endpoint.failNext = 3;
    const id = await subscribe(endpoint);
    const expected = await feedIds(feed);
    await eventually(() => expect(endpoint.ids()).toEqual(expected), 30_000);

    const attempts = await attemptsOf(id);
    expect(attempts.slice(0, 4).map((a) => [a.attempt, a.outcome, a.status])).toEqual([
      [1, 'failed', 500],
      [2, 'failed', 500],
      [3, 'failed', 500],
      [4, 'delivered', 204],
    ]);
    expect(new Set(attempts.slice(0, 4).map((a) => a.eventId))).toEqual(new Set([expected[0]]));
    expect(endpoint.duplicates).toBe(0);
    printFigures('500 three times, then 200', {
      events: expected.length,
      attempts: attempts.length,
      duplicates: endpoint.duplicates,
      lost: expected.length - endpoint.ids().length,
    });
    await remove(id);
    await endpoint.down();
  }, 60_000);

  it('given an endpoint down for the equivalent of an hour, then back: nothing missed, nothing doubled', async () => {
    const endpoint = await new OfficeEndpoint().up();
    const id = await subscribe(endpoint);
    await eventually(async () => expect(endpoint.ids()).toEqual(await feedIds(feed)), 30_000);

    await endpoint.down();
    await forward(feed, 15);
    // Down for 1 s here: some seven attempts at the head, refused connections each.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await endpoint.up();
    await forward(feed, 5);

    const expected = await feedIds(feed);
    await eventually(() => expect(endpoint.ids()).toEqual(expected), 30_000);
    const failed = (await attemptsOf(id)).filter((a) => a.outcome === 'failed');
    expect(failed.length).toBeGreaterThan(2);
    expect(failed.some((a) => /ECONNREFUSED/.test(a.error!))).toBe(true);
    expect(endpoint.duplicates).toBe(0);
    const attempts = (await attemptsOf(id)).length;
    printFigures('down for an "hour", then back', {
      events: expected.length,
      attempts,
      duplicates: endpoint.duplicates,
      lost: expected.length - new Set(endpoint.ids()).size,
    });
    await remove(id);
    await endpoint.down();
  }, 60_000);

  it('given a dead endpoint: it holds up nobody, is parked once its retries run out, and a redelivery from the parked position brings it up to date', async () => {
    const dead = await new OfficeEndpoint().up();
    dead.hang = true;
    const healthy = await new OfficeEndpoint().up();
    const deadId = await subscribe(dead);
    const healthyId = await subscribe(healthy);
    await forward(feed, 5);
    const expected = await feedIds(feed);
    await eventually(() => expect(healthy.ids()).toEqual(expected), 10_000);
    expect(dead.handled).toEqual([]);

    const parked = await eventually(async () => {
      const attempts = await attemptsOf(deadId);
      expect(attempts.at(-1)?.outcome).toBe('parked');
      return attempts.at(-1)!;
    }, 20_000);
    expect(parked.error).toMatch(/no answer within 1000 ms/);
    const listed = (await office().get('/liaison/au-psc/webhooks')).body.webhooks.find((w: { id: string }) => w.id === deadId);
    expect(listed.delivery.parkedAt).toEqual(expect.any(String));

    // While parked, the feed keeps queueing; the office repairs its endpoint and asks for redelivery.
    await forward(feed, 3);
    dead.hang = false;
    expect((await office().post(`/liaison/au-psc/webhooks/${deadId}/redeliver`, { from: parked.position })).status).toBe(201);
    const now = await feedIds(feed);
    await eventually(() => expect(dead.ids()).toEqual(now), 20_000);
    await eventually(() => expect(healthy.ids()).toEqual(now), 10_000);
    expect(dead.duplicates + healthy.duplicates).toBe(0);
    expect(await office().post(`/liaison/au-psc/webhooks/${deadId}/redeliver`, { from: 'the start' })).toMatchObject({
      status: 400,
      body: { rule: 'feed-position' },
    });
    await remove(deadId);
    await remove(healthyId);
    await Promise.all([dead.down(), healthy.down()]);
  }, 60_000);

  it('answers a subscription sent again with its Idempotency-Key with the same id and secret, and makes it once', async () => {
    const key = { 'idempotency-key': 'au-psc-standby-endpoint' };
    const url = 'http://127.0.0.1:9/standby';
    const first = await office().post('/liaison/au-psc/webhooks', { url }, key);
    const again = await office().post('/liaison/au-psc/webhooks', { url }, key);
    expect(first.status).toBe(201);
    expect(again).toMatchObject({ status: 201, body: first.body });
    expect(first.body.secret).toMatch(/^whsec_/);
    const listed = (await office().get('/liaison/au-psc/webhooks')).body.webhooks as { id: string }[];
    expect(listed.filter((webhook) => webhook.id === first.body.id)).toHaveLength(1);
    await remove(first.body.id);
  });

  it('signs each delivery so that the office’s secret verifies it and any other secret is refused, both secrets during a rotation', async () => {
    const deliveries: { body: string; headers: Record<string, string> }[] = [];
    const keep = async (request: IncomingMessage, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(
        ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(request.headers[h])]),
      );
      deliveries.push({ body: Buffer.concat(chunks).toString(), headers });
      response.writeHead(204).end();
    };
    const capture = createServer((request, response) => void keep(request, response));
    await new Promise<void>((resolve) => capture.listen(0, '127.0.0.1', resolve));
    capture.unref();
    const url = `http://127.0.0.1:${(capture.address() as { port: number }).port}/`;
    const created = await office().post('/liaison/au-psc/webhooks', { url });
    const first = await eventually(() => {
      expect(deliveries.length).toBeGreaterThan(0);
      return deliveries[0];
    });

    expect(new Webhook(created.body.secret).verify(first.body, first.headers)).toMatchObject({
      specversion: '1.0',
      id: first.headers['webhook-id'],
    });
    const wrong = 'whsec_' + Buffer.from('not the office secret, not at all').toString('base64');
    expect(() => new Webhook(wrong).verify(first.body, first.headers)).toThrow(WebhookVerificationError);
    expect(() => new Webhook(created.body.secret).verify(first.body.replace('au-psc', 'igad'), first.headers)).toThrow(
      WebhookVerificationError,
    );

    // A receiver holding the wrong secret refuses every delivery: nothing is handled, and rtop keeps retrying.
    const misconfigured = await new OfficeEndpoint().up();
    const misconfiguredId = await subscribe(misconfigured);
    misconfigured.secrets = [wrong];
    await eventually(
      async () => expect((await attemptsOf(misconfiguredId)).filter((a) => a.status === 401).length).toBeGreaterThan(1),
      10_000,
    );
    expect(misconfigured.handled).toEqual([]);
    await remove(misconfiguredId);
    await misconfigured.down();

    // The capturing endpoint has the whole feed before the secret is rotated.
    const backlog = (await feedIds(feed)).length;
    await eventually(() => expect(deliveries.length).toBe(backlog), 20_000);
    const rotated = await office().post(`/liaison/au-psc/webhooks/${created.body.id}/rotate-secret`, {});
    expect(rotated.status).toBe(201);
    deliveries.length = 0;
    await forward(feed, 1);
    const during = await eventually(() => {
      expect(deliveries.length).toBe(1);
      return deliveries[0];
    });
    expect(during.headers['webhook-signature'].split(' ')).toHaveLength(2);
    for (const secret of [created.body.secret, rotated.body.secret])
      expect(() => new Webhook(secret).verify(during.body, during.headers)).not.toThrow();

    await new Promise((resolve) => setTimeout(resolve, Date.parse(rotated.body.previousSecretValidUntil) - Date.now() + 50));
    await forward(feed, 1);
    const after = await eventually(() => {
      expect(deliveries.length).toBe(2);
      return deliveries[1];
    });
    expect(() => new Webhook(rotated.body.secret).verify(after.body, after.headers)).not.toThrow();
    expect(() => new Webhook(created.body.secret).verify(after.body, after.headers)).toThrow(WebhookVerificationError);

    // What the gateway stores signs nothing by itself: a copy of the database holds each secret sealed.
    const stored = await rtop.app
      .get<SqlSession>(SQL_SESSION)
      .query<{ data: string }>(`select data::text as data from ${schemaOf('subscription-gateway')}.rtop_events`);
    const kept = stored.map((row) => row.data).join('\n');
    expect(kept).toContain(created.body.id);
    for (const secret of [created.body.secret, rotated.body.secret]) {
      expect(kept).not.toContain(secret);
      expect(kept).not.toContain(secret.slice('whsec_'.length, 'whsec_'.length + 16));
    }
    await remove(created.body.id);
    capture.closeAllConnections();
    capture.close();
  }, 60_000);
});
