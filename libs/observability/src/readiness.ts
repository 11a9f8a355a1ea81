import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { within } from './kafka-lags';
import { Lags } from './lags';

/** How many events a relay may be behind (RTOP_READY_MAX_RELAY_LAG): further, it is not keeping up with its writes. */
export const READY_MAX_RELAY_LAG = Symbol('ReadyMaxRelayLag');

const ANSWER_MS = 2_000;
const failure = (error: unknown) => ({ message: (error as Error).message });

/** What a replica needs to take traffic: its database, its broker (when on Kafka), relays that keep up. */
@Injectable()
export class Readiness {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Inject(SQL_SESSION) private readonly sql: SqlSession,
    private readonly lags: Lags,
    @Inject(READY_MAX_RELAY_LAG) private readonly maxRelayLag: number,
  ) {}

  readonly checks = [() => this.database(), () => this.kafka(), () => this.relays()];

  private async database(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('database');
    try {
      await within(ANSWER_MS, 'the database', this.sql.query('select 1'));
      return check.up();
    } catch (error) {
      return check.down(failure(error));
    }
  }

  private async kafka(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('kafka');
    if (!this.lags.kafka) return check.up({ used: false });
    try {
      await this.lags.kafka.answers();
      return check.up({ used: true });
    } catch (error) {
      return check.down(failure(error));
    }
  }

  private async relays(): Promise<HealthIndicatorResult> {
    const check = this.indicators.check('relays');
    try {
      const lags = Object.fromEntries(await within(ANSWER_MS, 'the relay checkpoints', this.lags.relays()));
      const behind = Object.values(lags).some((lag) => lag > this.maxRelayLag);
      return behind ? check.down({ maxLag: this.maxRelayLag, lags }) : check.up({ maxLag: this.maxRelayLag, lags });
    } catch (error) {
      return check.down(failure(error));
    }
  }
}
