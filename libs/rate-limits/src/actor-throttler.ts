import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerException, ThrottlerGuard, ThrottlerLimitDetail, ThrottlerOptions } from '@nestjs/throttler';
import { Actor } from '@rtop/kernel';
import { Request, Response } from 'express';
import { Observable } from 'rxjs';
import { HEAVY_READ } from './heavy-read';
import { RateLimits } from './rate-limits';

const MINUTE_MS = 60_000;
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const isRead = (context: ExecutionContext) => READS.has(context.switchToHttp().getRequest<Request>().method);
const reflector = new Reflector();
const isHeavyRead = (context: ExecutionContext) =>
  isRead(context) && reflector.getAllAndOverride<boolean | undefined>(HEAVY_READ, [context.getHandler(), context.getClass()]) === true;

/** One throttler per kind of request that has a limit: every write, and the reads marked @HeavyRead(). */
export function throttlersFor(limits: RateLimits): ThrottlerOptions[] {
  const throttlers: ThrottlerOptions[] = [];
  if (limits.writesPerMinute !== 'off') throttlers.push({ name: 'writes', limit: limits.writesPerMinute, ttl: MINUTE_MS, skipIf: isRead });
  if (limits.heavyReadsPerMinute !== 'off')
    throttlers.push({ name: 'heavy-reads', limit: limits.heavyReadsPerMinute, ttl: MINUTE_MS, skipIf: (c) => !isHeavyRead(c) });
  return throttlers;
}

/**
 * The throttler keyed by the authenticated actor (body and person, as the token names them), or by
 * the address for a request that names none, across every operation of its kind.
 */
@Injectable()
export class ActorThrottler extends ThrottlerGuard {
  protected override getTracker(request: Record<string, unknown>): Promise<string> {
    const actor = (request as { actor?: Actor }).actor;
    return Promise.resolve(actor ? `actor ${actor.body} ${actor.person}` : `address ${String((request as unknown as Request).ip)}`);
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttler: string): string {
    return `${throttler}: ${tracker}`;
  }

  protected override throwThrottlingException(context: ExecutionContext, refused: ThrottlerLimitDetail): Promise<void> {
    const retryAfter = String(refused.timeToBlockExpire);
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', retryAfter);
    const kind = isRead(context) ? 'heavy reads' : 'writes';
    throw new ThrottlerException(
      `at most ${String(refused.limit)} ${kind} a minute per token; retry after ${retryAfter} s. Nothing was done.`,
    );
  }
}

/**
 * Applies the limits once the actor is known. Nest runs global guards before a controller's own,
 * and authentication is a controller's guard, so the throttler runs first among the interceptors:
 * after every guard, before anything (the auditors' access log, the handler) writes.
 */
@Injectable()
export class RateLimitInterceptor implements NestInterceptor {
  constructor(private readonly throttler: ActorThrottler) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() === 'http') await this.throttler.canActivate(context);
    return next.handle();
  }
}
