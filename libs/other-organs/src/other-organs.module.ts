import { Module } from '@nestjs/common';
import { EventLogModule } from '@rtop/event-log';
import { projectionsOf } from '@rtop/read-model';
import { NoteCaseWhenOpenedByOtherOrgans } from './application/note-case-when-opened';
import { OTHER_ORGANS } from './application/other-organs-case-stream';
import { LessonsAcrossCasesController, OtherOrgansController } from './http/other-organs.controller';
import { GetLessonsAcrossCasesHandler } from './read/get-lessons-across-cases.handler';
import { GetLessonsOfCaseHandler } from './read/get-lessons-of-case.handler';
import { GetOtherOrgansCaseHandler } from './read/get-other-organs-case.handler';
import { OTHER_ORGANS_PROJECTIONS } from './read/other-organs-read-models';

/** The Human Rights Council, the Peacebuilding Commission and ECOSOC, and the lessons learned on each case. */
@Module({
  imports: [EventLogModule.forContext(OTHER_ORGANS)],
  controllers: [OtherOrgansController, LessonsAcrossCasesController],
  providers: [
    NoteCaseWhenOpenedByOtherOrgans,
    // Reads answer from the other organs' read models, kept up by following their own store.
    ...projectionsOf(...OTHER_ORGANS_PROJECTIONS),
    GetOtherOrgansCaseHandler,
    GetLessonsOfCaseHandler,
    GetLessonsAcrossCasesHandler,
  ],
})
export class OtherOrgansModule {}
