import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { ActorThrottler, RateLimitInterceptor, throttlersFor } from './actor-throttler';
import { RateLimits } from './rate-limits';
import { SharedRateCounts } from './shared-rate-counts';

/**
 * Per-token limits for every operation of a process. On a PostgreSQL server the counts are kept in
 * its database, so the replicas of a service share them; on the embedded store, which one process
 * holds, they are kept in memory.
 */
@Module({})
export class RateLimitsModule {
  static forRoot(limits: RateLimits): DynamicModule {
    const throttlers = throttlersFor(limits);
    if (!throttlers.length) return { module: RateLimitsModule };
    return {
      module: RateLimitsModule,
      imports: [
        ThrottlerModule.forRootAsync({
          inject: [SQL_SESSION],
          useFactory: async (sql: SqlSession) => ({
            throttlers,
            setHeaders: false,
            ...(sql.concurrentTransactions ? { storage: await SharedRateCounts.open(sql) } : {}),
          }),
        }),
      ],
      providers: [ActorThrottler, { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor }],
    };
  }
}
