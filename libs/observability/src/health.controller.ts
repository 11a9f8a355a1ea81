import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { ReadPolicy } from '@rtop/identity';
import { Readiness } from './readiness';

const POLICY = 'Anyone, without a token: whether the service, its database, its broker and its relays answer; nothing of any case.';

/** Liveness and readiness, apart: a database outage takes a replica out of traffic, and does not restart it. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: Readiness,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process answers: nothing else is checked, so it never waits on the database or the broker' })
  @ReadPolicy(POLICY)
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  @Get('ready')
  @ApiOperation({
    summary: 'The database answers, Kafka answers when used, and each relay is under RTOP_READY_MAX_RELAY_LAG events behind',
  })
  @ReadPolicy(POLICY)
  @HealthCheck()
  ready() {
    return this.health.check(this.readiness.checks);
  }

  @Get()
  @ApiOperation({ summary: 'The same as /health/ready' })
  @ReadPolicy(POLICY)
  @HealthCheck()
  asReady() {
    return this.ready();
  }
}
