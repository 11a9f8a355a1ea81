import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CaseCommandHandler } from './application/case-command.handler';
import { CasesController } from './http/cases.controller';

/** The Joint Office of the Special Advisers: the early-warning focal point. */
@Module({
  imports: [CqrsModule],
  controllers: [CasesController],
  providers: [CaseCommandHandler],
})
export class FocalPointModule {}
