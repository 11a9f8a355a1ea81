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

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `24h`, `90m`, `30s`, `1500ms` or a number of milliseconds. */
export function parseDuration(name: string, text: string | undefined, fallbackMs: number): number {
  if (text === undefined || text === '') return fallbackMs;
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!match) throw new Error(`${name} must be a duration such as 24h, 90m, 30s or 1500ms, not ${text}`);
  return Math.round(Number(match[1]) * UNITS[match[2] ?? 'ms']);
}

export function webhookConfigFromEnv(env: NodeJS.ProcessEnv = process.env): WebhookConfig {
  return {
    retryForMs: parseDuration('RTOP_WEBHOOK_RETRY_FOR', env.RTOP_WEBHOOK_RETRY_FOR, UNITS.h * 24),
    backoffBaseMs: parseDuration('RTOP_WEBHOOK_BACKOFF_BASE_MS', env.RTOP_WEBHOOK_BACKOFF_BASE_MS, 5_000),
    backoffMaxMs: parseDuration('RTOP_WEBHOOK_BACKOFF_MAX_MS', env.RTOP_WEBHOOK_BACKOFF_MAX_MS, UNITS.h),
    timeoutMs: parseDuration('RTOP_WEBHOOK_TIMEOUT_MS', env.RTOP_WEBHOOK_TIMEOUT_MS, 10_000),
    secretOverlapMs: parseDuration('RTOP_WEBHOOK_SECRET_OVERLAP', env.RTOP_WEBHOOK_SECRET_OVERLAP, UNITS.h * 24),
    allowLoopback: env.RTOP_WEBHOOKS_ALLOW_LOOPBACK === '1',
    allowPrivate: env.RTOP_WEBHOOKS_ALLOW_PRIVATE === '1',
    pollMs: parseDuration('RTOP_LIAISON_POLL_MS', env.RTOP_LIAISON_POLL_MS, 500),
    heartbeatMs: parseDuration('RTOP_SSE_HEARTBEAT_MS', env.RTOP_SSE_HEARTBEAT_MS, 15_000),
  };
}
