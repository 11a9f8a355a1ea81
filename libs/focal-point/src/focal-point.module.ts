import { DynamicModule, Module } from '@nestjs/common';
import { EventLogModule } from '@rtop/event-log';
import { projectionsOf } from '@rtop/read-model';
import { FOCAL_POINT } from './application/case-stream';
import { NoteEarlyWarningWhenSubmitted } from './application/note-early-warning-when-submitted';
import { NoteLessonWhenRecorded } from './application/note-lesson-when-recorded';
import { FocalPointConfig, REVIEW_CHECKLIST } from './application/review-checklist';
import { DEFAULT_REVIEW_CHECKLIST } from './case/assessment';
import { AssessmentsController } from './http/assessments.controller';
import { CaseFileController } from './http/case-file.controller';
import { CasesController } from './http/cases.controller';
import { ReportsController } from './http/reports.controller';
import { SourcesController } from './http/sources.controller';
import { FOCAL_POINT_PROJECTIONS } from './read/focal-point-read-models';
import { GetCaseFilePageHandler } from './read/get-case-file-page.handler';
import { GetJointOfficeCaseHandler } from './read/get-joint-office-case.handler';
import { GetSourceReliabilityHandler } from './read/get-source-reliability.handler';

/** The Joint Office of the Special Advisers: the early-warning focal point. Imported as is, it uses the default review checklist. */
@Module({
  imports: [EventLogModule.forContext(FOCAL_POINT)],
  controllers: [CasesController, CaseFileController, ReportsController, AssessmentsController, SourcesController],
  providers: [
    NoteLessonWhenRecorded,
    NoteEarlyWarningWhenSubmitted,
    // Reads answer from the Joint Office's read models, kept up by following its own store.
    ...projectionsOf(...FOCAL_POINT_PROJECTIONS),
    GetJointOfficeCaseHandler,
    GetCaseFilePageHandler,
    GetSourceReliabilityHandler,
  ],
})
export class FocalPointModule {
  /** The Joint Office with its deployment's configuration (the review checklist for assessments). */
  static forRoot(config: FocalPointConfig): DynamicModule {
    return {
      module: FocalPointModule,
      providers: [{ provide: REVIEW_CHECKLIST, useValue: config.reviewChecklist ?? DEFAULT_REVIEW_CHECKLIST }],
    };
  }
}
