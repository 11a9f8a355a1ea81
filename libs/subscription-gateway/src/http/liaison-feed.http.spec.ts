import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Body } from '@rtop/kernel';
import { ContextApp, httpClient, startContextApp } from '@rtop/testing';
import { LiaisonFeeds } from '../liaison-feeds';
import { SubscriptionGatewayModule } from '../subscription-gateway.module';

let rtop: ContextApp;
let app: INestApplication;
let baseUrl: string;
const as = (body: Body, role = 'officer') => rtop.as(body, role);

beforeAll(async () => {
  rtop = await startContextApp('liaison-http', [SubscriptionGatewayModule]);
  ({ app, baseUrl } = rtop);
  // Two events the AU PSC is entitled to, as the gateway forwards them into its feed.
  const caseId = randomUUID();
  const forwarded = ['assessment-transmitted', 'council-decision-adopted'].map((type) => ({
    eventId: randomUUID(),
    type,
    data: { caseId },
    metadata: { caseId, context: 'secretary-general' },
  }));
  await app.get(LiaisonFeeds).of('au-psc').append(`secretary-general-secretary-general-case-${caseId}`, forwarded, 'any');
}, 120_000);
afterAll(async () => {
  await rtop.stop();
});

describe('a liaison feed over HTTP', () => {
  it('gives the regional body its own feed, a page at a time', async () => {
    const first = await as('au-psc').get('/liaison/au-psc/events?limit=1');
    expect(first.status).toBe(200);
    expect(first.body.events.map((e: { type: string }) => e.type)).toEqual(['assessment-transmitted']);
    const second = await as('au-psc').get(`/liaison/au-psc/events?limit=1&after=${first.body.next}`);
    expect(second.body.events.map((e: { type: string }) => e.type)).toEqual(['council-decision-adopted']);
  });

  it('gives an auditor of any body the whole feed', async () => {
    const audited = await as('un-joint-office', 'auditor').get('/liaison/au-psc/events');
    expect(audited.status).toBe(200);
    expect(audited.body.events).toHaveLength(2);
  });

  it('refuses any other reader with the remit rule, whatever the feed holds', async () => {
    for (const reader of ['igad', 'un-secretary-general', 'un-joint-office', 'member-state:KEN'] as const) {
      for (const body of ['au-psc', 'oas']) {
        expect(await as(reader).get(`/liaison/${body}/events`)).toMatchObject({ status: 403, body: { rule: 'remit' } });
      }
    }
  });

  it('refuses a position the feed never gave out, one past what the log holds included, with feed-position', async () => {
    const office = as('au-psc');
    for (const after of ['yesterday', '99999999999999999999.1', '1.9223372036854775808', '1.2&after=3.4']) {
      expect(await office.get(`/liaison/au-psc/events?after=${after}`)).toMatchObject({ status: 400, body: { rule: 'feed-position' } });
      expect(await office.get(`/liaison/au-psc/stream?after=${after}`)).toMatchObject({ status: 400, body: { rule: 'feed-position' } });
    }
  });

  it('refuses a page of deliveries after a number past what the log holds with page-after', async () => {
    const office = as('au-psc');
    const { id } = (await office.post('/liaison/au-psc/webhooks', { url: 'https://192.0.2.40/rtop/webhooks' })).body;
    expect(await office.get(`/liaison/au-psc/webhooks/${id}/deliveries?after=9223372036854775807`)).toMatchObject({ status: 200 });
    expect(await office.get(`/liaison/au-psc/webhooks/${id}/deliveries?after=9999999999999999999`)).toMatchObject({
      status: 400,
      body: { rule: 'page-after' },
    });
  });

  it('declares its read policy in the API docs', async () => {
    const { paths } = (await httpClient(baseUrl).get('/docs-json')).body;
    expect(paths['/liaison/{body}/events'].get['x-read-policy']).toMatch(/^That regional body, auditors/);
  });
});
