import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit, Provider } from '@nestjs/common';
import { EVENT_STORE, EventStore, SQL_SESSION, SqlSession } from '@rtop/event-store';
import { Projection } from './projection';
import { ProjectionRegistry } from './projection-registry';
import { ProjectionRunner } from './projection-runner';

const PROJECTIONS = Symbol('Projections');

/** Runs a context's projections over its own store for as long as the application runs. */
@Injectable()
class ContextProjections implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('projections');
  private readonly runners: readonly ProjectionRunner[];

  constructor(
    @Inject(PROJECTIONS) projections: readonly Projection[],
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(SQL_SESSION) sql: SqlSession,
    private readonly registry: ProjectionRegistry,
  ) {
    this.runners = projections.map(
      (projection) =>
        new ProjectionRunner(projection, store, sql, {
          onError: (error) => this.logger.error(`${projection.name}: ${(error as Error).message}`),
          onRebuild: ({ name, from, to }) =>
            this.logger.log(`${name}: rebuilding from version ${from} to version ${to}, from the first event`),
        }),
    );
  }

  /** A read that comes before the first event must find the model empty, not missing. */
  async onModuleInit(): Promise<void> {
    for (const runner of this.runners) await runner.setUp();
  }

  onApplicationBootstrap(): void {
    for (const runner of this.runners) {
      this.registry.register(runner);
      runner.start();
    }
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all(this.runners.map((runner) => runner.stop()));
    for (const runner of this.runners) this.registry.unregister(runner);
  }
}

/** The providers that keep these projections up in the context module that lists them. */
export function projectionsOf(...projections: readonly Projection[]): Provider[] {
  return [{ provide: PROJECTIONS, useValue: projections }, ContextProjections];
}
