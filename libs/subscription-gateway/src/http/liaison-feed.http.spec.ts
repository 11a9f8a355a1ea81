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

  it('declares its read policy in the API docs', async () => {
    const { paths } = (await httpClient(baseUrl).get('/docs-json')).body;
    expect(paths['/liaison/{body}/events'].get['x-read-policy']).toMatch(/^That regional body, auditors/);
  });
});
