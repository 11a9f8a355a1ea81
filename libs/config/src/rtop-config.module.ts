import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { RtopEnvironment } from './rtop-environment';
import { Environment, validateEnvironment } from './validate-environment';

interface Validated {
  readonly rtop: RtopEnvironment;
}

/**
 * The validated settings (RtopEnvironment) for every module of an app to inject. The settings are
 * kept under one key, an object: ConfigModule writes a validated value back into process.env when
 * it is text or a number, where a default would then pass for a setting (to a child process, to
 * the next app a test starts in the same process).
 */
@Module({})
export class RtopConfigModule {
  /** From `env` when given (the settings a process has read, a test's); from the process's environment, which ConfigModule passes, otherwise. */
  static forRoot(env?: Environment | RtopEnvironment): DynamicModule {
    return {
      module: RtopConfigModule,
      global: true,
      imports: [
        ConfigModule.forRoot({
          ignoreEnvFile: true,
          skipProcessEnv: true,
          validate: (config: Environment): Validated => ({
            rtop: env instanceof RtopEnvironment ? env : validateEnvironment(env ?? config),
          }),
        }),
      ],
      providers: [
        {
          provide: RtopEnvironment,
          useFactory: (config: ConfigService<Validated, true>) => config.getOrThrow<RtopEnvironment>('rtop'),
          inject: [ConfigService],
        },
      ],
      exports: [RtopEnvironment],
    };
  }
}
