import { DynamicModule, LogLevel, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { EventLogConfig, EventLogModule } from '@rtop/event-log';
import { EventStoreConfig, EventStoreModule } from '@rtop/event-store';
import { HealthController, configureHttp } from '@rtop/http';
import { DeploymentKeys, IdentityModule } from '@rtop/identity';
import { ReadModelModule } from '@rtop/read-model';
import { CommandsModule } from '@rtop/commands';

export interface RtopAppConfig {
  readonly title: string;
  /** The bounded contexts this process runs: one for a service, all of them standalone. */
  readonly contexts: readonly Type<unknown>[];
  readonly eventStore: EventStoreConfig;
  readonly eventLog: EventLogConfig;
  readonly keys: DeploymentKeys;
  readonly logger?: LogLevel[];
}

@Module({})
class RtopRootModule {}

/** What every context stands on in a process: the store, the log, identity, the read side and the one write path. */
export function platformModules(config: Pick<RtopAppConfig, 'eventStore' | 'eventLog' | 'keys'>) {
  return [EventStoreModule.forRoot(config.eventStore), EventLogModule.forRoot(config.eventLog), IdentityModule.forRoot(config.keys), ReadModelModule, CommandsModule];
}

function rootModule(config: RtopAppConfig): DynamicModule {
  return {
    module: RtopRootModule,
    imports: [...platformModules(config), ...config.contexts],
    controllers: [HealthController],
  };
}

/** One composition for every rtop process: the contexts asked for, over one store and one log. */
export async function createRtopApp(config: RtopAppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(rootModule(config), {
    logger: config.logger ?? ['error', 'warn', 'log'],
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: '1mb' });
  configureHttp(app, config.title);
  return app;
}
