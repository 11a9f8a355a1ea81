import { readFileSync } from 'node:fs';
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { processEnvironment } from '@rtop/config';
import { EventLogModule } from '@rtop/event-log';
import { projectionsOf } from '@rtop/read-model';
import { ACCOUNTABILITY_REGIONS, regionMapFromEnv } from './figures/regions';
import { AccountabilityController } from './http/accountability.controller';
import { AgendaController } from './http/agenda.controller';
import { BundleController } from './http/bundle.controller';
import { CaseAccountabilityController } from './http/case-accountability.controller';
import { CaseDirectoryController } from './http/case-directory.controller';
import { LedgerController, PublishedKeyController } from './http/ledger.controller';
import { PageSessionController } from './http/page-session.controller';
import { PageSessions } from './http/page-sessions';
import { signInFormBody } from './http/sign-in-form-body';
import { TimelinePageController } from './http/timeline-page.controller';
import { TimelineController } from './http/timeline.controller';
import { AccountabilityLedger } from './ledger/application/accountability-ledger';
import { LedgerTree } from './ledger/ledger-tree';
import { LEDGER_PROJECTIONS } from './ledger/ledger-tree.projection';
import { ACCOUNTABILITY_QUERY_HANDLERS } from './queries/query-handlers';
import { ACCOUNTABILITY_PROJECTIONS } from './read-side/accountability-projections';
import { RecordTimelineEntry } from './timeline/record-timeline-entry';
import { ACCOUNTABILITY } from './timeline/timeline-streams';

/** The auditors' context: one replayable timeline per case, and a tamper-evident ledger of every event. */
@Module({
  imports: [CqrsModule, EventLogModule.forContext(ACCOUNTABILITY)],
  controllers: [
    TimelineController,
    LedgerController,
    PublishedKeyController,
    BundleController,
    CaseAccountabilityController,
    AccountabilityController,
    TimelinePageController,
    PageSessionController,
    CaseDirectoryController,
    AgendaController,
  ],
  providers: [
    RecordTimelineEntry,
    AccountabilityLedger,
    PageSessions,
    // Where situations lie, for the figures and the consistency report: RTOP_ACCOUNTABILITY_REGIONS (see regions.ts); none by default.
    {
      provide: ACCOUNTABILITY_REGIONS,
      useFactory: () =>
        regionMapFromEnv({ RTOP_ACCOUNTABILITY_REGIONS: processEnvironment().RTOP_ACCOUNTABILITY_REGIONS }, (path) =>
          readFileSync(path, 'utf8'),
        ),
    },
    ...ACCOUNTABILITY_QUERY_HANDLERS,
    LedgerTree,
    // One projectionsOf per module: a second would take the place of the first (one provider token).
    ...projectionsOf(...ACCOUNTABILITY_PROJECTIONS, ...LEDGER_PROJECTIONS),
  ],
})
export class AccountabilityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(signInFormBody).forRoutes({ path: 'page-session', method: RequestMethod.POST });
  }
}
