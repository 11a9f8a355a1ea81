import { DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ActorThrottler, RateLimitInterceptor, throttlersFor } from './actor-throttler';
import { RateLimits } from './rate-limits';

/**
 * Per-token limits for every operation of a process. Counts are kept in the process's memory: a
 * deployment running N replicas of a service behind one address allows up to N times the limit.
 */
@Module({})
export class RateLimitsModule {
  static forRoot(limits: RateLimits): DynamicModule {
    const throttlers = throttlersFor(limits);
    if (!throttlers.length) return { module: RateLimitsModule };
    return {
      module: RateLimitsModule,
      imports: [ThrottlerModule.forRoot({ throttlers, setHeaders: false })],
      providers: [ActorThrottler, { provide: APP_INTERCEPTOR, useClass: RateLimitInterceptor }],
    };
  }
}
