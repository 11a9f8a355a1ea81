import { RtopEnvironment, processEnvironment } from '@rtop/config';

/** How webhooks are delivered and the live stream kept open, from the environment. */
export interface WebhookConfig {
  /** How long a delivery is retried before it is parked (RTOP_WEBHOOK_RETRY_FOR, default 24h). */
  readonly retryForMs: number;
  /** The first retry's delay; each retry doubles it, with jitter (RTOP_WEBHOOK_BACKOFF_BASE_MS, default 5 s). */
  readonly backoffBaseMs: number;
  /** The longest wait between two attempts (RTOP_WEBHOOK_BACKOFF_MAX_MS, default 1 h). */
  readonly backoffMaxMs: number;
  /** How long an endpoint has to answer (RTOP_WEBHOOK_TIMEOUT_MS, default 10 s). */
  readonly timeoutMs: number;
  /** How long a rotated-out secret keeps signing (RTOP_WEBHOOK_SECRET_OVERLAP, default 24h). */
  readonly secretOverlapMs: number;
  /** Loopback receivers, for development and tests (RTOP_WEBHOOKS_ALLOW_LOOPBACK=1). */
  readonly allowLoopback: boolean;
  /** Private-network receivers, for an office reached over a private link (RTOP_WEBHOOKS_ALLOW_PRIVATE=1). */
  readonly allowPrivate: boolean;
  /** How often a feed is looked at for events forwarded by another process (RTOP_LIAISON_POLL_MS, default 500). */
  readonly pollMs: number;
  /** A comment line on an idle live stream this often, so proxies keep it open (RTOP_SSE_HEARTBEAT_MS, default 15 s). */
  readonly heartbeatMs: number;
}

export const WEBHOOK_CONFIG = Symbol('WebhookConfig');

/** The settings of docs/configuration.md (the process's unless given), defaults there too. */
export function webhookConfigFromEnv(environment: RtopEnvironment = processEnvironment()): WebhookConfig {
  return {
    retryForMs: environment.RTOP_WEBHOOK_RETRY_FOR,
    backoffBaseMs: environment.RTOP_WEBHOOK_BACKOFF_BASE_MS,
    backoffMaxMs: environment.RTOP_WEBHOOK_BACKOFF_MAX_MS,
    timeoutMs: environment.RTOP_WEBHOOK_TIMEOUT_MS,
    secretOverlapMs: environment.RTOP_WEBHOOK_SECRET_OVERLAP,
    allowLoopback: environment.RTOP_WEBHOOKS_ALLOW_LOOPBACK,
    allowPrivate: environment.RTOP_WEBHOOKS_ALLOW_PRIVATE,
    pollMs: environment.RTOP_LIAISON_POLL_MS,
    heartbeatMs: environment.RTOP_SSE_HEARTBEAT_MS,
  };
}
