import { given } from '@rtop/testing';
import { RotateWebhookSecret } from './rotate-webhook-secret';
import { at, auLiaison, firstSecret, igadLiaison, subscribed, subscriptionId } from './webhook-subscriptions.fixtures';
import { webhooksDecider } from './webhook-subscriptions';

const DAY = 86_400_000;
const rotate = (overrides: Partial<RotateWebhookSecret> = {}): RotateWebhookSecret => ({
  type: 'rotate-webhook-secret',
  body: 'au-psc',
  subscriptionId,
  secret: 'whsec_c2Vjb25kLXNlY3JldA==',
  overlapMs: DAY,
  actor: auLiaison,
  at,
  ...overrides,
});

describe('a liaison office rotates a webhook secret', () => {
  it('signs with the new secret, and with the old one until the overlap ends', () => {
    const events = given(webhooksDecider, [subscribed]).when(rotate()).result();
    expect(events).toEqual([
      {
        type: 'webhook-secret-rotated',
        data: {
          body: 'au-psc',
          subscriptionId,
          secret: 'whsec_c2Vjb25kLXNlY3JldA==',
          rotatedAt: at.toISOString(),
          previousSecretValidUntil: '2008-01-11T12:00:00.000Z',
        },
      },
    ]);
    const state = [subscribed, ...events].reduce(webhooksDecider.evolve, webhooksDecider.initialState);
    expect(state.subscriptions.get(subscriptionId)).toMatchObject({
      secret: 'whsec_c2Vjb25kLXNlY3JldA==',
      previousSecret: { secret: firstSecret },
    });
  });

  it('is for the office itself, on a subscription it has', () => {
    given(webhooksDecider, [subscribed])
      .when(rotate({ actor: igadLiaison }))
      .thenRefuses('forbidden', 'remit');
    given(webhooksDecider).when(rotate()).thenRefuses('not-found', 'webhook-exists');
  });
});
