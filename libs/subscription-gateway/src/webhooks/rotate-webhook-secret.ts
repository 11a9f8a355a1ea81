import { InvalidCommand } from '@rtop/kernel';
import { requireTheOfficeItself, subscriptionOf } from './office-remit';
import { StoredSecret } from './secret-seal';
import { WebhookSecretRotated } from './webhook-events';
import { LiaisonWebhooks, OfOffice } from './webhook-subscriptions';

export interface RotateWebhookSecret extends OfOffice {
  readonly type: 'rotate-webhook-secret';
  readonly subscriptionId: string;
  /** Drawn and sealed at the edge. */
  readonly secret: StoredSecret;
  /** How long the secret it replaces keeps signing, so the office can switch its receiver over without refusing a delivery. */
  readonly overlapMs: number;
}

/** A new secret signs from now on; the old one signs beside it until the overlap ends. */
export function rotateWebhookSecret(command: RotateWebhookSecret, state: LiaisonWebhooks): WebhookSecretRotated[] {
  requireTheOfficeItself(command, 'rotating a webhook secret');
  const { body, subscriptionId, secret } = command;
  subscriptionOf(state, body, subscriptionId);
  if (!Number.isFinite(command.overlapMs) || command.overlapMs < 0)
    throw new InvalidCommand('secret-overlap', 'the overlap of two secrets is a duration of zero or more');
  const previousSecretValidUntil = new Date(command.at.getTime() + command.overlapMs).toISOString();
  return [
    {
      type: 'webhook-secret-rotated',
      data: { body, subscriptionId, secret, rotatedAt: command.at.toISOString(), previousSecretValidUntil },
    },
  ];
}
