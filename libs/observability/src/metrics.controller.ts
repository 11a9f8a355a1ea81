import { Controller, Get, Inject, Req, Res, UnauthorizedException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'express';
import { ReadPolicy } from '@rtop/identity';
import { OutsideRemit } from '@rtop/kernel';
import { Lags } from './lags';
import { register } from './metrics';

export const METRICS_TOKEN = Symbol('MetricsToken');

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Prometheus's scrape: the text exposition format, behind the deployment's scrape token. */
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(METRICS_TOKEN) private readonly token: string | undefined,
    private readonly lags: Lags,
  ) {}

  @Get()
  @ReadPolicy(
    'The deployment’s scrapers: the bearer token is RTOP_METRICS_TOKEN; without that setting, no one. ' +
      'Label values are route templates, contexts, rules, consumer groups and read models: nothing of any case.',
  )
  async scrape(@Req() request: Request, @Res() response: Response): Promise<void> {
    this.authorise(request.headers.authorization);
    await this.lags.sample();
    response.type(register.contentType).send(await register.metrics());
  }

  private authorise(authorization: string | undefined): void {
    if (!this.token) throw new OutsideRemit('metrics-off', 'metrics are off in this deployment: set RTOP_METRICS_TOKEN to scrape them');
    const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (!given || !timingSafeEqual(digest(given), digest(this.token)))
      throw new UnauthorizedException('send the deployment’s metrics token as a bearer token');
  }
}
