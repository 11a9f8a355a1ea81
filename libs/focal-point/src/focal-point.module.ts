import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventLogModule } from '@rtop/event-log';
import { CaseCommandHandler, FOCAL_POINT } from './application/case-command.handler';
import { CasesController } from './http/cases.controller';

/** The Joint Office of the Special Advisers: the early-warning focal point. */
@Module({
  imports: [CqrsModule, EventLogModule.forContext(FOCAL_POINT)],
  controllers: [CasesController],
  providers: [CaseCommandHandler],
})
export class FocalPointModule {}
