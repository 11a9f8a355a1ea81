import { DynamicModule, Module } from '@nestjs/common';
import { AccountabilityModule } from '@rtop/accountability';
import { EventStoreConfig, EventStoreModule } from '@rtop/event-store';
import { EventLogModule } from '@rtop/event-log';
import { FocalPointModule } from '@rtop/focal-point';
import { HealthController } from '@rtop/http';
import { DeploymentKeys, IdentityModule } from '@rtop/identity';
import { SecretaryGeneralModule } from '@rtop/secretary-general';

export interface StandaloneConfig {
  readonly eventStore: EventStoreConfig;
  readonly keys: DeploymentKeys;
}

/** Every context in one process, on one event store: the zero-setup way to run rtop. */
@Module({})
export class StandaloneModule {
  static register(config: StandaloneConfig): DynamicModule {
    return {
      module: StandaloneModule,
      imports: [
        EventStoreModule.forRoot(config.eventStore),
        EventLogModule.forRoot({ kind: 'in-process' }),
        IdentityModule.forRoot(config.keys),
        FocalPointModule,
        SecretaryGeneralModule,
        AccountabilityModule,
      ],
      controllers: [HealthController],
    };
  }
}
