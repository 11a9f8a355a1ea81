import { Module } from '@nestjs/common';
import { EventLogModule } from '@rtop/event-log';
import { BundleController } from './http/bundle.controller';
import { LedgerController, PublishedKeyController } from './http/ledger.controller';
import { TimelineController } from './http/timeline.controller';
import { AccountabilityController } from './http/accountability.controller';
import { CaseAccountabilityController } from './http/case-accountability.controller';
import { TimelinePageController } from './http/timeline-page.controller';
import { readFileSync } from 'node:fs';
import { ACCOUNTABILITY_REGIONS, regionMapFromEnv } from './figures/regions';
import { AccountabilityLedger } from './ledger/application/accountability-ledger';
import { ACCOUNTABILITY, RecordTimelineEntry } from './timeline/record-timeline-entry';

/** The auditors' context: one replayable timeline per case, and a tamper-evident ledger of every event. */
@Module({
  imports: [EventLogModule.forContext(ACCOUNTABILITY)],
  controllers: [
    TimelineController,
    LedgerController,
    PublishedKeyController,
    BundleController,
    CaseAccountabilityController,
    AccountabilityController,
    TimelinePageController,
  ],
  providers: [
    RecordTimelineEntry,
    AccountabilityLedger,
    // Where situations lie, for the consistency report: RTOP_ACCOUNTABILITY_REGIONS (see regions.ts); none by default.
    { provide: ACCOUNTABILITY_REGIONS, useFactory: () => regionMapFromEnv(process.env, (path) => readFileSync(path, 'utf8')) },
  ],
})
export class AccountabilityModule {}
