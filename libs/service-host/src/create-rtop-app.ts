import { DynamicModule, INestApplication, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { Environment, RtopConfigModule, RtopEnvironment } from '@rtop/config';
import { EventLogConfig, EventLogModule } from '@rtop/event-log';
import { EventStoreConfig, EventStoreModule } from '@rtop/event-store';
import { configureHttp } from '@rtop/http';
import { HttpMetrics, ObservabilityModule, ObservabilityOptions, observedStore, traceRequests } from '@rtop/observability';
import { DeploymentKeys, IdentityModule } from '@rtop/identity';
import { ReadModelModule } from '@rtop/read-model';
import { CommandsModule } from '@rtop/commands';
import { DrainHttp } from './drain-http';
import { DEFAULT_RATE_LIMITS, RateLimits, RateLimitsModule } from '@rtop/rate-limits';

export interface RtopAppConfig {
  readonly title: string;
  /** The bounded contexts this process runs: one for a service, all of them standalone. */
  readonly contexts: readonly Type<unknown>[];
  readonly eventStore: EventStoreConfig;
  readonly eventLog: EventLogConfig;
  readonly keys: DeploymentKeys;
  /** Per-token limits on writes and heavy reads; DEFAULT_RATE_LIMITS unless given (runFromEnv reads them from the environment). */
  readonly rateLimits?: RateLimits;
  /** The log's level and destination, the metrics' scrape token, the readiness threshold, over the settings. */
  readonly observability?: ObservabilityOptions;
  /** The settings (docs/configuration.md), validated or as received; the process's environment unless given. */
  readonly env?: Environment | RtopEnvironment;
}

@Module({})
class RtopRootModule {}

/**
 * What every context stands on in a process: its validated settings, the store, the log, identity,
 * the per-token limits, the read side and the one write path, and what operators see of them (logs,
 * metrics, health). The limits come before the read side, so a refused read is not recorded in the
 * auditors' access log.
 */
export function platformModules(config: Pick<RtopAppConfig, 'eventStore' | 'eventLog' | 'keys' | 'rateLimits' | 'observability' | 'env'>) {
  return [
    RtopConfigModule.forRoot(config.env),
    EventStoreModule.forRoot(config.eventStore, observedStore),
    ObservabilityModule.forRoot({ eventLog: config.eventLog }, config.observability),
    EventLogModule.forRoot(config.eventLog),
    IdentityModule.forRoot(config.keys),
    RateLimitsModule.forRoot(config.rateLimits ?? DEFAULT_RATE_LIMITS),
    ReadModelModule,
    CommandsModule,
  ];
}

function rootModule(config: RtopAppConfig): DynamicModule {
  return {
    module: RtopRootModule,
    imports: [...platformModules(config), ...config.contexts],
    providers: [DrainHttp],
  };
}

/** One composition for every rtop process: the contexts asked for, over one store and one log. */
export async function createRtopApp(config: RtopAppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(rootModule(config), {
    // Held until the JSON logger takes over, so that no line of the start is written as plain text.
    bufferLogs: true,
    // configureHttp reads bodies: JSON only, within its limits.
    bodyParser: false,
  });
  configurePlatform(app, config.title);
  return app;
}

/**
 * The HTTP edge of an app on the platform: every request timed, configureHttp, then each request
 * traced once its body is read (a span's context does not survive the body's stream events), and
 * the JSON logger for the framework's own lines.
 */
export function configurePlatform(app: INestApplication, title: string): void {
  app.use(app.get(HttpMetrics).measure);
  configureHttp(app, title);
  app.use(traceRequests);
  app.useLogger(app.get(Logger));
}
