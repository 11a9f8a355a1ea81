import { Module } from '@nestjs/common';
import { EventLogModule } from '@rtop/event-log';
import { TimelineController } from './http/timeline.controller';
import { ACCOUNTABILITY, RecordTimelineEntry } from './timeline/record-timeline-entry';

/** The auditors' context: one replayable timeline per case. */
@Module({
  imports: [EventLogModule.forContext(ACCOUNTABILITY)],
  controllers: [TimelineController],
  providers: [RecordTimelineEntry],
})
export class AccountabilityModule {}
