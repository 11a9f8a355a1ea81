import { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { configureHttp } from '@rtop/http';
import { StandaloneConfig, StandaloneModule } from './standalone.module';

export async function createStandaloneApp(config: StandaloneConfig, logger: LogLevel[] = ['error', 'warn', 'log']): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(StandaloneModule.register(config), {
    logger,
    bodyParser: false,
  });
  app.useBodyParser('json', { limit: '1mb' });
  configureHttp(app, 'rtop');
  return app;
}
