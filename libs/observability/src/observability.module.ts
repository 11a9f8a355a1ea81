import { DynamicModule, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { HealthController } from './health.controller';
import { HttpMetrics } from './http-metrics';
import { Lags, OBSERVED_PLATFORM, ObservedPlatform } from './lags';
import { LogOptions, logLevelFromEnv, loggerParams } from './logging';
import { LogRequestContext } from './log-request-context.interceptor';
import { METRICS_TOKEN, MetricsController } from './metrics.controller';
import { DEFAULT_READY_MAX_RELAY_LAG, READY_MAX_RELAY_LAG, Readiness } from './readiness';
import { flushTraces } from './tracing';

export interface ObservabilityOptions {
  readonly log?: LogOptions;
  /** RTOP_METRICS_TOKEN: the bearer token /metrics answers to; without it /metrics answers no one. */
  readonly metricsToken?: string;
  /** RTOP_READY_MAX_RELAY_LAG. */
  readonly readyMaxRelayLag?: number;
}

class FlushTracesOnShutdown implements OnApplicationShutdown {
  onApplicationShutdown(): Promise<void> {
    return flushTraces();
  }
}

/** What operators see of a process: its logs, its metrics, its health; its traces go with its requests and events. */
@Module({})
export class ObservabilityModule {
  static forRoot(platform: ObservedPlatform, options: ObservabilityOptions = {}): DynamicModule {
    // A process not told its level (a test's) takes RTOP_LOG_LEVEL, as a service would.
    const log = { ...options.log, level: options.log?.level ?? logLevelFromEnv(process.env) };
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggerParams(log)), TerminusModule.forRoot({ errorLogStyle: 'json' }), DiscoveryModule],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: OBSERVED_PLATFORM, useValue: platform },
        { provide: METRICS_TOKEN, useValue: options.metricsToken },
        { provide: READY_MAX_RELAY_LAG, useValue: options.readyMaxRelayLag ?? DEFAULT_READY_MAX_RELAY_LAG },
        Lags,
        Readiness,
        HttpMetrics,
        FlushTracesOnShutdown,
        { provide: APP_INTERCEPTOR, useClass: LogRequestContext },
      ],
      exports: [HttpMetrics],
    };
  }
}
