import { Global, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { SQL_SESSION, SqlEventStore, SqlSession } from '@rtop/event-store';
import { ACCESS_LOG, ACCESS_LOG_SCHEMA } from './access-log';
import { AuditorReadInterceptor } from './auditor-read.interceptor';
import { ProjectionRegistry } from './projection-registry';
import { ReadModelController } from './read-model.controller';

/** What every process needs on its read side: the registry of its projections and the auditors' access log. */
@Global()
@Module({
  controllers: [ReadModelController],
  providers: [
    ProjectionRegistry,
    {
      provide: ACCESS_LOG,
      inject: [SQL_SESSION],
      useFactory: (session: SqlSession) => SqlEventStore.open({ ...session, close: () => Promise.resolve() }, ACCESS_LOG_SCHEMA),
    },
    { provide: APP_INTERCEPTOR, useClass: AuditorReadInterceptor },
  ],
  exports: [ProjectionRegistry, ACCESS_LOG],
})
export class ReadModelModule {}
