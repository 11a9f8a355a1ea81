import { given } from '@rtop/testing';
import { RemoveWebhook } from './remove-webhook';
import { at, auLiaison, igadLiaison, subscribed, subscriptionId } from './webhook-subscriptions.fixtures';
import { webhooksDecider } from './webhook-subscriptions';

const remove = (overrides: Partial<RemoveWebhook> = {}): RemoveWebhook => ({
  type: 'remove-webhook',
  body: 'au-psc',
  subscriptionId,
  actor: auLiaison,
  at,
  ...overrides,
});

describe('a liaison office removes a webhook', () => {
  it('ends the subscription', () => {
    const events = given(webhooksDecider, [subscribed]).when(remove()).result();
    expect(events).toEqual([{ type: 'webhook-removed', data: { body: 'au-psc', subscriptionId, removedAt: at.toISOString() } }]);
    expect([subscribed, ...events].reduce(webhooksDecider.evolve, webhooksDecider.initialState).subscriptions.size).toBe(0);
  });

  it('removes only a subscription it has, once', () => {
    given(webhooksDecider, [subscribed])
      .when(remove({ actor: igadLiaison }))
      .thenRefuses('forbidden', 'remit');
    const removed = given(webhooksDecider, [subscribed]).when(remove()).result();
    given(webhooksDecider, [subscribed, ...removed])
      .when(remove())
      .thenRefuses('not-found', 'webhook-exists');
  });
});
