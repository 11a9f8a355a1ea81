import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventLogModule } from '@rtop/event-log';
import { ReceiveAssessmentWhenIssued } from './application/receive-assessment-when-issued';
import { SECRETARY_GENERAL, SecretaryGeneralCommandHandler } from './application/secretary-general-command.handler';
import { SecretaryGeneralController } from './http/secretary-general.controller';

/** The Secretary-General: receives assessments and transmits them to the organs. */
@Module({
  imports: [CqrsModule, EventLogModule.forContext(SECRETARY_GENERAL)],
  controllers: [SecretaryGeneralController],
  providers: [SecretaryGeneralCommandHandler, ReceiveAssessmentWhenIssued],
})
export class SecretaryGeneralModule {}
