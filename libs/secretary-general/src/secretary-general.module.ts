import { Module } from '@nestjs/common';
import { EventLogModule } from '@rtop/event-log';
import { projectionsOf } from '@rtop/read-model';
import { NoteAuthoritiesWhenRecorded } from './application/note-authorities-when-recorded';
import { NoteCaseWhenOpenedBySecretaryGeneral } from './application/note-case-when-opened';
import { ReceiveAssessmentWhenIssued } from './application/receive-assessment-when-issued';
import { SECRETARY_GENERAL } from './application/secretary-general-case-stream';
import { ResponsesController } from './http/responses.controller';
import { SecretaryGeneralActsController } from './http/secretary-general-acts.controller';
import { SecretaryGeneralController } from './http/secretary-general.controller';
import { StandingGroupController } from './http/standing-group.controller';
import { GetMeasureHandler } from './read/get-measure.handler';
import { GetOverdueMeetingsHandler } from './read/get-overdue-meetings.handler';
import { GetReceivedAssessmentHandler } from './read/get-received-assessment.handler';
import { GetResponsesHandler } from './read/get-responses.handler';
import { GetSecretaryGeneralCaseHandler } from './read/get-secretary-general-case.handler';
import { GetStandingGroupHandler } from './read/get-standing-group.handler';
import { SECRETARY_GENERAL_PROJECTIONS } from './read/secretary-general-read-models';

/**
 * The Secretary-General: receives and transmits assessments, brings matters to the Council under
 * Art. 99, offers good offices, convenes the standing inter-agency group, recommends to the
 * organs, and tracks the responses to a case with the decisions they rest on.
 */
@Module({
  imports: [EventLogModule.forContext(SECRETARY_GENERAL)],
  controllers: [SecretaryGeneralController, SecretaryGeneralActsController, StandingGroupController, ResponsesController],
  providers: [
    NoteCaseWhenOpenedBySecretaryGeneral,
    ReceiveAssessmentWhenIssued,
    NoteAuthoritiesWhenRecorded,
    // Reads answer from the Secretary-General's read models, kept up by following its own store.
    ...projectionsOf(...SECRETARY_GENERAL_PROJECTIONS),
    GetReceivedAssessmentHandler,
    GetSecretaryGeneralCaseHandler,
    GetStandingGroupHandler,
    GetOverdueMeetingsHandler,
    GetResponsesHandler,
    GetMeasureHandler,
  ],
})
export class SecretaryGeneralModule {}
