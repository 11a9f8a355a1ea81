import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventLogModule } from '@rtop/event-log';
import { IndexLessonWhenRecorded } from './application/index-lesson-when-recorded';
import { OTHER_ORGANS, OtherOrgansCommandHandler } from './application/other-organs-command.handler';
import { LessonsAcrossCasesController, OtherOrgansController } from './http/other-organs.controller';

/** The Human Rights Council, the Peacebuilding Commission and ECOSOC, and the lessons learned on each case. */
@Module({
  imports: [CqrsModule, EventLogModule.forContext(OTHER_ORGANS)],
  controllers: [OtherOrgansController, LessonsAcrossCasesController],
  providers: [OtherOrgansCommandHandler, IndexLessonWhenRecorded],
})
export class OtherOrgansModule {}
