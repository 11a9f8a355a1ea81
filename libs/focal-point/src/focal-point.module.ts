import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventLogModule } from '@rtop/event-log';
import { CaseCommandHandler, FOCAL_POINT } from './application/case-command.handler';
import { NoteEarlyWarningWhenSubmitted } from './application/note-early-warning-when-submitted';
import { NoteLessonWhenRecorded } from './application/note-lesson-when-recorded';
import { FocalPointConfig, REVIEW_CHECKLIST } from './application/review-checklist';
import { SourceCommandHandler } from './application/source-command.handler';
import { DEFAULT_REVIEW_CHECKLIST } from './case/assessment';
import { AssessmentsController } from './http/assessments.controller';
import { CasesController } from './http/cases.controller';
import { ReportsController } from './http/reports.controller';
import { SourcesController } from './http/sources.controller';

/** The Joint Office of the Special Advisers: the early-warning focal point. Imported as is, it uses the default review checklist. */
@Module({
  imports: [CqrsModule, EventLogModule.forContext(FOCAL_POINT)],
  controllers: [CasesController, ReportsController, AssessmentsController, SourcesController],
  providers: [CaseCommandHandler, SourceCommandHandler, NoteLessonWhenRecorded, NoteEarlyWarningWhenSubmitted],
})
export class FocalPointModule {
  /** The Joint Office with its deployment's configuration (the review checklist for assessments). */
  static forRoot(config: FocalPointConfig): DynamicModule {
    return { module: FocalPointModule, providers: [{ provide: REVIEW_CHECKLIST, useValue: config.reviewChecklist ?? DEFAULT_REVIEW_CHECKLIST }] };
  }
}
