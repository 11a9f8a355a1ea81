import { DynamicModule, Module, OnApplicationShutdown } from '@nestjs/common';
import { APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { LoggerModule } from 'nestjs-pino';
import { RtopEnvironment } from '@rtop/config';
import { HealthController } from './health.controller';
import { HttpMetrics } from './http-metrics';
import { Lags, OBSERVED_PLATFORM, ObservedPlatform } from './lags';
import { LogOptions, loggerParams } from './logging';
import { LogRequestContext } from './log-request-context.interceptor';
import { METRICS_TOKEN, MetricsController } from './metrics.controller';
import { READY_MAX_RELAY_LAG, Readiness } from './readiness';
import { flushTraces } from './tracing';

/** What a process sets of its own, over the settings (RTOP_LOG_LEVEL, RTOP_METRICS_TOKEN, RTOP_READY_MAX_RELAY_LAG). */
export interface ObservabilityOptions {
  readonly log?: LogOptions;
  /** The bearer token /metrics answers to; without one, /metrics answers no one. */
  readonly metricsToken?: string;
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
    return {
      module: ObservabilityModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [RtopEnvironment],
          useFactory: (environment: RtopEnvironment) =>
            loggerParams({ ...options.log, level: options.log?.level ?? environment.RTOP_LOG_LEVEL }),
        }),
        TerminusModule.forRoot({ errorLogStyle: 'json' }),
        DiscoveryModule,
      ],
      controllers: [HealthController, MetricsController],
      providers: [
        { provide: OBSERVED_PLATFORM, useValue: platform },
        {
          provide: METRICS_TOKEN,
          inject: [RtopEnvironment],
          useFactory: (environment: RtopEnvironment) => options.metricsToken ?? environment.RTOP_METRICS_TOKEN,
        },
        {
          provide: READY_MAX_RELAY_LAG,
          inject: [RtopEnvironment],
          useFactory: (environment: RtopEnvironment) => options.readyMaxRelayLag ?? environment.RTOP_READY_MAX_RELAY_LAG,
        },
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
