import { Module } from '@nestjs/common';
import { TimelineController } from './http/timeline.controller';
import { RecordTimelineEntry } from './timeline/record-timeline-entry';

/** The auditors' context: one replayable timeline per case. */
@Module({
  controllers: [TimelineController],
  providers: [RecordTimelineEntry],
})
export class AccountabilityModule {}
