import { given } from '@rtop/testing';
import { RequestRedelivery } from './request-redelivery';
import { at, auLiaison, igadLiaison, subscribed, subscriptionId } from './webhook-subscriptions.fixtures';
import { webhooksDecider } from './webhook-subscriptions';

const redeliver = (overrides: Partial<RequestRedelivery> = {}): RequestRedelivery => ({
  type: 'request-redelivery',
  body: 'au-psc',
  subscriptionId,
  from: '812.40',
  actor: auLiaison,
  at,
  ...overrides,
});

describe('a liaison office asks for redelivery from a feed position', () => {
  it('records the position, and counts the requests so each is applied once', () => {
    const first = given(webhooksDecider, [subscribed]).when(redeliver()).result();
    expect(first).toEqual([
      { type: 'webhook-redelivery-requested', data: { body: 'au-psc', subscriptionId, from: '812.40', requestedAt: at.toISOString() } },
    ]);
    const second = given(webhooksDecider, [subscribed, ...first])
      .when(redeliver({ from: '0.0' }))
      .result();
    const state = [subscribed, ...first, ...second].reduce(webhooksDecider.evolve, webhooksDecider.initialState);
    expect(state.subscriptions.get(subscriptionId)?.redelivery).toEqual({ from: '0.0', sequence: 2 });
  });

  it('takes a feed position, on a subscription of the office itself', () => {
    for (const from of ['yesterday', '99999999999999999999.1'])
      given(webhooksDecider, [subscribed]).when(redeliver({ from })).thenRefuses('invalid', 'feed-position');
    given(webhooksDecider, [subscribed])
      .when(redeliver({ actor: igadLiaison }))
      .thenRefuses('forbidden', 'remit');
    given(webhooksDecider).when(redeliver()).thenRefuses('not-found', 'webhook-exists');
  });
});
