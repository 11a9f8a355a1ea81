import { given } from '@rtop/testing';
import { MOST_WEBHOOKS_PER_OFFICE, SubscribeWebhook } from './subscribe-webhook';
import { at, auLiaison, auditor, firstSecret, igadLiaison, subscribed, subscriptionId } from './webhook-subscriptions.fixtures';
import { webhooksDecider } from './webhook-subscriptions';

const subscribe = (overrides: Partial<SubscribeWebhook> = {}): SubscribeWebhook => ({
  type: 'subscribe-webhook',
  body: 'au-psc',
  subscriptionId,
  url: 'https://liaison.au.int/rtop',
  secret: firstSecret,
  actor: auLiaison,
  at,
  ...overrides,
});

describe('a liaison office subscribes a webhook', () => {
  it('records the endpoint and the secret that signs its deliveries', () => {
    given(webhooksDecider).when(subscribe()).then([subscribed]);
  });

  it('is for the office itself: not another office, not an auditor', () => {
    given(webhooksDecider)
      .when(subscribe({ actor: igadLiaison }))
      .thenRefuses('forbidden', 'remit', /au-psc/);
    given(webhooksDecider)
      .when(subscribe({ actor: auditor }))
      .thenRefuses('forbidden', 'remit');
  });

  it('takes an absolute http(s) URL without credentials', () => {
    for (const url of ['liaison.au.int/rtop', 'ftp://liaison.au.int/rtop', 'https://user:pw@liaison.au.int/rtop']) {
      given(webhooksDecider).when(subscribe({ url })).thenRefuses('invalid', 'webhook-url');
    }
  });

  it(`keeps an office to ${MOST_WEBHOOKS_PER_OFFICE} webhooks`, () => {
    const many = Array.from({ length: MOST_WEBHOOKS_PER_OFFICE }, (_, i) => ({
      ...subscribed,
      data: { ...subscribed.data, subscriptionId: `id-${i}` },
    }));
    given(webhooksDecider, many).when(subscribe()).thenRefuses('rule-violated', 'webhooks-per-office');
  });
});
