import { playKenya2008 } from '../../scripts/demo/kenya-2008';
import { eventually } from '@rtop/testing';
import { Standalone, startStandalone } from '../standalone/standalone-harness';
import { OfficeEndpoint, printFigures } from './liaison-office';

process.env.RTOP_WEBHOOKS_ALLOW_LOOPBACK = '1';
process.env.RTOP_LIAISON_POLL_MS = '100';

/** The office's feed as it polls it: GET /liaison/au-psc/events, page after page. */
async function polledFeed(rtop: Standalone): Promise<string[]> {
  const ids: string[] = [];
  for (let after = ''; ;) {
    const page = await rtop.as('au-psc').get(`/liaison/au-psc/events?limit=1000${after && `&after=${after}`}`);
    expect(page.status).toBe(200);
    ids.push(...page.body.events.map((e: { id: string }) => e.id));
    if (!page.body.events.length) return ids;
    after = page.body.next;
  }
}

describe('the AU PSC’s liaison office, subscribed by webhook, through the Kenya 2007–08 scenario (standalone on pglite)', () => {
  let rtop: Standalone;
  const endpoint = new OfficeEndpoint();

  beforeAll(async () => {
    rtop = await startStandalone('pglite');
    await endpoint.up();
  }, 120_000);
  afterAll(async () => {
    await endpoint.down();
    await rtop.stop();
  });

  it('receives exactly its feed: every event it is entitled to, once, in feed order', async () => {
    const created = await rtop.as('au-psc').post('/liaison/au-psc/webhooks', { url: endpoint.url });
    expect(created.status).toBe(201);
    endpoint.secrets = [created.body.secret];

    const { caseId } = await playKenya2008(rtop, () => undefined);

    const feed = await eventually(async () => {
      const polled = await polledFeed(rtop);
      expect(polled.length).toBeGreaterThan(0);
      expect(endpoint.ids()).toEqual(polled);
      return polled;
    }, 60_000);
    expect(endpoint.handled.every((e) => e.subject === caseId)).toBe(true);
    expect(endpoint.handled.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'org.rtop.secretary-general.assessment-transmitted.v2',
        'org.rtop.regional-bodies.regional-decision-adopted.v1',
      ]),
    );
    const attempts = (await rtop.as('au-psc').get(`/liaison/au-psc/webhooks/${created.body.id}/deliveries?limit=1000`)).body.attempts
      .length;
    printFigures('Kenya 2007–08, AU PSC office by webhook', {
      events: feed.length,
      attempts,
      duplicates: endpoint.duplicates,
      lost: feed.filter((id) => !endpoint.ids().includes(id)).length,
    });
  }, 300_000);
});
