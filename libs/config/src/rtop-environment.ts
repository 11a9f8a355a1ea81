import { IsDefined, ValidateIf } from 'class-validator';
import type { MemberStateBody } from '@rtop/kernel';
import { Setting } from './setting';
import {
  Base64Key,
  Brokers,
  ClaimPath,
  Days,
  HttpUrl,
  HttpsUrl,
  IanaTimeZone,
  Milliseconds,
  OnWhenOne,
  OneOf,
  Pem,
  PerMinuteOrOff,
  PostgresUrl,
  Seconds,
  Text,
  TopicPrefix,
  TrueOrFalse,
  Trimmed,
  UnMembers,
  Verbatim,
  WholeNumber,
} from './setting-kinds';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Every environment variable rtop reads, each a property of the same name: its rule, its default
 * and what it sets (docs/configuration.md is this, as a table). A process reads its environment
 * through validateEnvironment only, so a wrong value stops it at start-up, named, and a setting is
 * documented once. An empty variable counts as unset.
 */
export class RtopEnvironment {
  // Process and storage
  @Setting({ section: 'Process and storage', about: 'the HTTP port', default: '3000' })
  @WholeNumber(0, 65_535, 'of a TCP port')
  readonly PORT!: number;

  @Setting({
    section: 'Process and storage',
    about: 'the folder of the embedded store and of the keys made for a local run',
    unset: '`.rtop-data` (a service: `.rtop-data/<service>`)',
  })
  @Text()
  readonly RTOP_DATA_DIR?: string;

  @Setting({
    section: 'Process and storage',
    about: 'the folder whose `keys/` the deployment keys are read from (or made in)',
    unset: 'the data folder',
  })
  @Text()
  readonly RTOP_KEYS_DIR?: string;

  @Setting({
    section: 'Process and storage',
    about: 'PostgreSQL for the streams and read models',
    unset: 'the embedded store under the data folder',
    secret: true,
  })
  @PostgresUrl()
  readonly DATABASE_URL?: string;

  @Setting({
    section: 'Process and storage',
    about: 'where the contexts’ streams are: `sql` (PostgreSQL or the embedded store) or `kurrentdb` (read models stay in SQL)',
    default: 'sql',
  })
  @OneOf(['sql', 'kurrentdb'], 'is not a store: use sql (the default) or kurrentdb')
  readonly EVENT_STORE!: 'sql' | 'kurrentdb';

  @Setting({
    section: 'Process and storage',
    about: 'KurrentDB’s connection string, e.g. `kurrentdb://host:2113?tls=false`; required with `EVENT_STORE=kurrentdb`',
    unset: 'none',
    secret: true,
  })
  @ValidateIf((environment: RtopEnvironment) => environment.EVENT_STORE === 'kurrentdb')
  @IsDefined({ message: 'EVENT_STORE=kurrentdb needs KURRENTDB_URL, e.g. kurrentdb://localhost:2113?tls=false' })
  @Trimmed()
  readonly KURRENTDB_URL?: string;

  // Event log (Kafka)
  @Setting({
    section: 'Event log (Kafka)',
    about: 'the Kafka brokers, `host:port` comma-separated',
    unset: 'the standalone app uses its in-process log; a service refuses to start',
  })
  @Brokers()
  readonly KAFKA_BROKERS?: readonly string[];

  @Setting({ section: 'Event log (Kafka)', about: 'prefixes the deployment’s topics and consumer groups', default: 'rtop' })
  @TopicPrefix()
  readonly RTOP_LOG_NAMESPACE!: string;

  @Setting({ section: 'Event log (Kafka)', about: 'partitions of each topic rtop creates', default: '3' })
  @WholeNumber(1, 10_000, 'of partitions')
  readonly KAFKA_PARTITIONS!: number;

  @Setting({ section: 'Event log (Kafka)', about: 'replicas of each topic rtop creates (3 in production)', default: '1' })
  @WholeNumber(1, 100, 'of replicas')
  readonly KAFKA_REPLICATION_FACTOR!: number;

  // Identity and keys
  @Setting({
    section: 'Identity and keys',
    about: 'verifies rtop’s own bearer tokens (ES256, SPKI PEM)',
    unset: 'the key under `<keys folder>/keys/`, made on first start',
    secret: true,
  })
  @Pem()
  readonly RTOP_TOKEN_PUBLIC_KEY?: string;

  @Setting({
    section: 'Identity and keys',
    about: 'signs rtop’s own tokens (PKCS#8 PEM); only where tokens are minted',
    unset: 'the key under `<keys folder>/keys/`, if any',
    secret: true,
  })
  @Pem()
  readonly RTOP_TOKEN_PRIVATE_KEY?: string;

  @Setting({
    section: 'Identity and keys',
    about: 'keys the pseudonyms of protected sources (base64)',
    unset: 'the key under `<keys folder>/keys/`, made on first start',
    secret: true,
  })
  @Base64Key()
  readonly RTOP_PSEUDONYM_KEY?: string;

  @Setting({
    section: 'Identity and keys',
    about: 'seals the webhook signing secrets the subscription gateway stores (AES-256-GCM; 32 bytes, base64); the same on every replica',
    unset: 'the key under `<keys folder>/keys/`, made on first start',
    secret: true,
  })
  @Base64Key(32)
  readonly RTOP_WEBHOOK_SEALING_KEY?: string;

  @Setting({
    section: 'Identity and keys',
    about: 'signs the accountability ledger’s checkpoints (Ed25519, PKCS#8 PEM)',
    unset: 'the key under `<keys folder>/keys/`, made on first start',
    secret: true,
  })
  @Pem()
  readonly RTOP_LEDGER_PRIVATE_KEY?: string;

  @Setting({
    section: 'Identity and keys',
    about: 'verifies the ledger’s checkpoints (SPKI PEM), published to auditors',
    unset: 'the key under `<keys folder>/keys/`',
    secret: true,
  })
  @Pem()
  readonly RTOP_LEDGER_PUBLIC_KEY?: string;

  @Setting({
    section: 'Identity and keys',
    about:
      'the longest a token may live (`exp − iat`), from any issuer: `90s`, `30m`, `12h`, `1d`; `npm run token -- --ttl` is held to it too',
    default: '12h',
  })
  @Seconds()
  readonly RTOP_TOKEN_MAX_LIFETIME!: number;

  @Setting({
    section: 'Identity and keys',
    about:
      'an OpenID Connect provider whose tokens are accepted: its issuer URL, as its tokens’ `iss` writes it; every other `RTOP_OIDC_*` needs it',
    unset: 'no provider',
  })
  @HttpsUrl()
  readonly RTOP_OIDC_ISSUER?: string;

  @Setting({
    section: 'Identity and keys',
    about: 'the `aud` the provider puts in tokens for rtop (the client id)',
    unset: 'required with the issuer',
  })
  @ValidateIf((environment: RtopEnvironment) => environment.RTOP_OIDC_ISSUER !== undefined)
  @IsDefined({ message: 'RTOP_OIDC_AUDIENCE is required with RTOP_OIDC_ISSUER: the audience (client id) rtop’s tokens are issued for' })
  @Trimmed()
  readonly RTOP_OIDC_AUDIENCE?: string;

  @Setting({
    section: 'Identity and keys',
    about: 'where the provider publishes its keys (the `jwks_uri` of its `/.well-known/openid-configuration`)',
    unset: '`<issuer>/protocol/openid-connect/certs` (Keycloak’s)',
  })
  @HttpsUrl()
  readonly RTOP_OIDC_JWKS_URL?: string;

  @Setting({
    section: 'Identity and keys',
    about: 'the claim naming the body; a dotted path reads a nested claim (`rtop.body`)',
    default: 'rtop_body',
  })
  @ClaimPath()
  readonly RTOP_OIDC_CLAIM_BODY!: string;

  @Setting({ section: 'Identity and keys', about: 'the claim naming the person', default: 'preferred_username' })
  @ClaimPath()
  readonly RTOP_OIDC_CLAIM_PERSON!: string;

  @Setting({
    section: 'Identity and keys',
    about: 'the claim naming the role (`officer`, `auditor`, `special-adviser`, …)',
    default: 'rtop_role',
  })
  @ClaimPath()
  readonly RTOP_OIDC_CLAIM_ROLE!: string;

  // Rate limits
  @Setting({ section: 'Rate limits', about: 'writes per minute per token, or `off`', default: '1200' })
  @PerMinuteOrOff()
  readonly RTOP_RATE_LIMIT_WRITES!: number | 'off';

  @Setting({ section: 'Rate limits', about: 'heavy reads (listings, figures, bundles) per minute per token, or `off`', default: '600' })
  @PerMinuteOrOff()
  readonly RTOP_RATE_LIMIT_HEAVY_READS!: number | 'off';

  // Logs, metrics, traces, health
  @Setting({ section: 'Logs, metrics, traces, health', about: `the log level: ${LOG_LEVELS.join(', ')}`, default: 'info' })
  @OneOf(LOG_LEVELS)
  readonly RTOP_LOG_LEVEL!: LogLevel;

  @Setting({
    section: 'Logs, metrics, traces, health',
    about: 'the bearer token `/metrics` answers to',
    unset: '`/metrics` answers no one',
    secret: true,
  })
  @Verbatim()
  readonly RTOP_METRICS_TOKEN?: string;

  @Setting({
    section: 'Logs, metrics, traces, health',
    about: 'how many events a relay may be behind and its replica still ready',
    default: '1000',
  })
  @WholeNumber(0, Number.MAX_SAFE_INTEGER, 'of events')
  readonly RTOP_READY_MAX_RELAY_LAG!: number;

  @Setting({
    section: 'Logs, metrics, traces, health',
    about: 'exports spans over OTLP/HTTP; the exporter reads the other standard `OTEL_EXPORTER_OTLP_*` variables itself',
    unset: 'no span leaves the process',
  })
  @HttpUrl()
  readonly OTEL_EXPORTER_OTLP_ENDPOINT?: string;

  @Setting({ section: 'Logs, metrics, traces, health', about: 'as `OTEL_EXPORTER_OTLP_ENDPOINT`, for traces only', unset: 'none' })
  @HttpUrl()
  readonly OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string;

  @Setting({ section: 'Logs, metrics, traces, health', about: 'the service’s name in traces', unset: '`rtop-<service>`' })
  @Text()
  readonly OTEL_SERVICE_NAME?: string;

  // Security Council
  @Setting({
    section: 'Security Council',
    about: 'the signatories of the ACT code of conduct, comma-separated (`FRA` or `member-state:FRA`)',
    unset: 'none',
  })
  @UnMembers({ bareCodes: true })
  readonly RTOP_ACT_CODE_SIGNATORIES!: readonly MemberStateBody[];

  @Setting({
    section: 'Security Council',
    about: 'the UN holidays the veto-debate deadline skips, comma-separated YYYY-MM-DD',
    unset: 'none (weekends only)',
  })
  @Days()
  readonly RTOP_UN_HOLIDAYS!: readonly string[];

  @Setting({ section: 'Security Council', about: 'the time zone a veto’s day is taken in', default: 'America/New_York' })
  @IanaTimeZone()
  readonly RTOP_UN_TIME_ZONE!: string;

  // General Assembly
  @Setting({ section: 'General Assembly', about: 'the number of UN Members, for “a majority of the Members”', default: '193' })
  @WholeNumber(1, 1_000, 'of members')
  readonly RTOP_GA_MEMBERSHIP!: number;

  @Setting({ section: 'General Assembly', about: 'whether abstentions count as voting (`true` or `false`)', unset: 'false' })
  @TrueOrFalse()
  readonly RTOP_GA_ABSTENTIONS_COUNT_AS_VOTING!: boolean;

  @Setting({ section: 'General Assembly', about: 'Members in arrears under Art. 19, comma-separated `member-state:XXX`', unset: 'none' })
  @UnMembers({ bareCodes: false })
  readonly RTOP_GA_ARREARS!: readonly MemberStateBody[];

  @Setting({
    section: 'General Assembly',
    about: 'Members in arrears the Assembly lets vote, comma-separated `member-state:XXX`',
    unset: 'none',
  })
  @UnMembers({ bareCodes: false })
  readonly RTOP_GA_ARREARS_EXEMPTED!: readonly MemberStateBody[];

  // Accountability
  @Setting({
    section: 'Accountability',
    about: 'the region of each situation and country, as JSON (`{"countries": {"KEN": "East Africa"}}`) or the path of a JSON file',
    unset: 'no region',
  })
  @Text()
  readonly RTOP_ACCOUNTABILITY_REGIONS?: string;

  // Liaison offices (webhooks and live stream)
  @Setting({
    section: 'Liaison offices (webhooks and live stream)',
    about: 'how long a delivery is retried before it is parked',
    default: '24h',
  })
  @Milliseconds()
  readonly RTOP_WEBHOOK_RETRY_FOR!: number;

  @Setting({
    section: 'Liaison offices (webhooks and live stream)',
    about: 'the first retry’s delay; each retry doubles it, with jitter (a bare number is milliseconds)',
    default: '5s',
  })
  @Milliseconds()
  readonly RTOP_WEBHOOK_BACKOFF_BASE_MS!: number;

  @Setting({ section: 'Liaison offices (webhooks and live stream)', about: 'the longest wait between two attempts', default: '1h' })
  @Milliseconds()
  readonly RTOP_WEBHOOK_BACKOFF_MAX_MS!: number;

  @Setting({ section: 'Liaison offices (webhooks and live stream)', about: 'how long an endpoint has to answer', default: '10s' })
  @Milliseconds()
  readonly RTOP_WEBHOOK_TIMEOUT_MS!: number;

  @Setting({ section: 'Liaison offices (webhooks and live stream)', about: 'how long a rotated-out secret keeps signing', default: '24h' })
  @Milliseconds()
  readonly RTOP_WEBHOOK_SECRET_OVERLAP!: number;

  @Setting({
    section: 'Liaison offices (webhooks and live stream)',
    about: '`1` admits loopback receivers (development, tests)',
    unset: 'refused',
  })
  @OnWhenOne()
  readonly RTOP_WEBHOOKS_ALLOW_LOOPBACK!: boolean;

  @Setting({
    section: 'Liaison offices (webhooks and live stream)',
    about: '`1` admits private-network receivers, for an office on a private link',
    unset: 'refused',
  })
  @OnWhenOne()
  readonly RTOP_WEBHOOKS_ALLOW_PRIVATE!: boolean;

  @Setting({
    section: 'Liaison offices (webhooks and live stream)',
    about: 'how often a feed is looked at for events forwarded by another process',
    default: '500ms',
  })
  @Milliseconds()
  readonly RTOP_LIAISON_POLL_MS!: number;

  @Setting({
    section: 'Liaison offices (webhooks and live stream)',
    about: 'a comment line on an idle live stream this often, so proxies keep it open',
    default: '15s',
  })
  @Milliseconds()
  readonly RTOP_SSE_HEARTBEAT_MS!: number;

  // Command line
  @Setting({
    section: 'Command line',
    about: 'the bearer token `rtop export` and `rtop figures` send, unless `--token` is given',
    unset: 'none',
    secret: true,
  })
  @Verbatim()
  readonly RTOP_TOKEN?: string;
}
