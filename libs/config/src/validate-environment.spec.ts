import { validateEnvironment } from './validate-environment';

describe('the environment, read through one schema', () => {
  it('takes every default when nothing is set, an empty variable counting as unset', () => {
    const environment = validateEnvironment({ PORT: '', RTOP_LOG_LEVEL: '  ' });
    expect(environment).toMatchObject({
      PORT: 3000,
      EVENT_STORE: 'sql',
      RTOP_LOG_LEVEL: 'info',
      RTOP_LOG_NAMESPACE: 'rtop',
      KAFKA_PARTITIONS: 3,
      KAFKA_REPLICATION_FACTOR: 1,
      RTOP_TOKEN_MAX_LIFETIME: 12 * 3600,
      RTOP_OIDC_CLAIM_BODY: 'rtop_body',
      RTOP_RATE_LIMIT_WRITES: 1200,
      RTOP_RATE_LIMIT_HEAVY_READS: 600,
      RTOP_READY_MAX_RELAY_LAG: 1000,
      RTOP_UN_TIME_ZONE: 'America/New_York',
      RTOP_ACT_CODE_SIGNATORIES: [],
      RTOP_GA_MEMBERSHIP: 193,
      RTOP_GA_ABSTENTIONS_COUNT_AS_VOTING: false,
      RTOP_WEBHOOK_RETRY_FOR: 86_400_000,
      RTOP_WEBHOOK_BACKOFF_BASE_MS: 5_000,
      RTOP_WEBHOOKS_ALLOW_LOOPBACK: false,
      RTOP_LIAISON_POLL_MS: 500,
    });
    expect(environment.DATABASE_URL).toBeUndefined();
    expect(environment.KAFKA_BROKERS).toBeUndefined();
  });

  it('reads each kind of value', () => {
    expect(
      validateEnvironment({
        KAFKA_BROKERS: 'kafka-1:9092, kafka-2:9092',
        RTOP_TOKEN_MAX_LIFETIME: '30m',
        RTOP_RATE_LIMIT_HEAVY_READS: 'off',
        RTOP_WEBHOOK_RETRY_FOR: '1.5s',
        RTOP_WEBHOOK_TIMEOUT_MS: '250',
        RTOP_WEBHOOKS_ALLOW_LOOPBACK: '1',
        RTOP_ACT_CODE_SIGNATORIES: 'FRA, member-state:KEN',
        RTOP_UN_HOLIDAYS: '2025-12-25,2026-01-01',
        RTOP_GA_ABSTENTIONS_COUNT_AS_VOTING: 'true',
      }),
    ).toMatchObject({
      KAFKA_BROKERS: ['kafka-1:9092', 'kafka-2:9092'],
      RTOP_TOKEN_MAX_LIFETIME: 1800,
      RTOP_RATE_LIMIT_HEAVY_READS: 'off',
      RTOP_WEBHOOK_RETRY_FOR: 1500,
      RTOP_WEBHOOK_TIMEOUT_MS: 250,
      RTOP_WEBHOOKS_ALLOW_LOOPBACK: true,
      RTOP_ACT_CODE_SIGNATORIES: ['member-state:FRA', 'member-state:KEN'],
      RTOP_UN_HOLIDAYS: ['2025-12-25', '2026-01-01'],
      RTOP_GA_ABSTENTIONS_COUNT_AS_VOTING: true,
    });
  });

  it.each([
    ['PORT', 'http', 'PORT must be a whole number of a TCP port; it is "http"'],
    ['RTOP_RATE_LIMIT_WRITES', '2.5', 'RTOP_RATE_LIMIT_WRITES is a whole number of requests per minute per token, or off; it is "2.5"'],
    ['RTOP_TOKEN_MAX_LIFETIME', '0h', 'RTOP_TOKEN_MAX_LIFETIME must be a duration such as 90s, 30m, 12h or 1d; it is "0h"'],
    ['RTOP_WEBHOOK_RETRY_FOR', 'a day', 'RTOP_WEBHOOK_RETRY_FOR must be a duration such as 24h, 90m, 30s or 1500ms; it is "a day"'],
    ['RTOP_WEBHOOKS_ALLOW_PRIVATE', 'yes', 'RTOP_WEBHOOKS_ALLOW_PRIVATE must be 1 (on) or 0 (off); it is "yes"'],
    ['RTOP_LOG_LEVEL', 'verbose', 'RTOP_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent; it is "verbose"'],
    ['EVENT_STORE', 'eventstoredb', 'EVENT_STORE is not a store: use sql (the default) or kurrentdb; it is "eventstoredb"'],
    ['RTOP_UN_TIME_ZONE', 'Mars/Olympus', 'RTOP_UN_TIME_ZONE must be an IANA time zone such as America/New_York; it is "Mars/Olympus"'],
    ['RTOP_UN_HOLIDAYS', '2026-02-30', 'RTOP_UN_HOLIDAYS lists 2026-02-30, which is not a day (YYYY-MM-DD); it is "2026-02-30"'],
    ['RTOP_ACT_CODE_SIGNATORIES', 'France', 'RTOP_ACT_CODE_SIGNATORIES lists member-state:France, which is not a member state'],
    ['RTOP_GA_ARREARS', 'member-state:VAT', 'RTOP_GA_ARREARS lists member-state:VAT, which is not a Member of the United Nations'],
    ['RTOP_OIDC_CLAIM_ROLE', 'rtop..role', 'RTOP_OIDC_CLAIM_ROLE must be a claim name or a dotted path such as rtop.body'],
    ['KAFKA_BROKERS', 'kafka', 'KAFKA_BROKERS must list brokers as host:port, comma-separated; it is "kafka"'],
  ])('refuses %s=%p, naming the variable and its rule', (name, value, message) => {
    expect(() => validateEnvironment({ [name]: value })).toThrow(message);
  });

  it('names every wrong setting at once, and never repeats a secret', () => {
    expect(() => validateEnvironment({ PORT: '-1', DATABASE_URL: 'mysql://root:hunter2@db/rtop' })).toThrow(
      new Error('PORT must be a whole number of a TCP port; it is "-1"\nDATABASE_URL must be a postgres:// URL'),
    );
  });

  it('needs the settings a choice depends on', () => {
    expect(() => validateEnvironment({ EVENT_STORE: 'kurrentdb' })).toThrow('EVENT_STORE=kurrentdb needs KURRENTDB_URL');
    expect(() => validateEnvironment({ RTOP_OIDC_ISSUER: 'https://id.example.org/realms/rtop' })).toThrow(
      'RTOP_OIDC_AUDIENCE is required with RTOP_OIDC_ISSUER',
    );
    expect(() => validateEnvironment({ RTOP_OIDC_AUDIENCE: 'rtop' })).toThrow(
      'RTOP_OIDC_AUDIENCE is set but RTOP_OIDC_ISSUER is not: name the OpenID Connect issuer, or unset RTOP_OIDC_AUDIENCE',
    );
    expect(() => validateEnvironment({ RTOP_OIDC_ISSUER: 'http://id.example.org/realms/rtop', RTOP_OIDC_AUDIENCE: 'rtop' })).toThrow(
      'RTOP_OIDC_ISSUER must be an https URL (http only on localhost)',
    );
  });
});
