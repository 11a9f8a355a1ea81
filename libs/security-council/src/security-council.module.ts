import { DynamicModule, Module } from '@nestjs/common';
import { RtopEnvironment } from '@rtop/config';
import { EventLogModule } from '@rtop/event-log';
import { projectionsOf } from '@rtop/read-model';
import { NoteArticle99NotificationWhenSent } from './application/note-article-99-notification-when-sent';
import { NoteAssessmentWhenTransmittedToCouncil } from './application/note-assessment-when-transmitted-to-council';
import { NoteCaseWhenOpenedInCouncil } from './application/note-case-when-opened';
import { NoteEmergencySpecialSessionWhenConvenedOrClosed } from './application/note-emergency-special-session-when-convened-or-closed';
import { SECURITY_COUNCIL } from './application/council-case-stream';
import {
  DEFAULT_SECURITY_COUNCIL_CONFIG,
  SECURITY_COUNCIL_CONFIG,
  SecurityCouncilConfig,
  checkSecurityCouncilConfig,
} from './application/security-council.config';
import { SecurityCouncilController } from './http/security-council.controller';
import { SECURITY_COUNCIL_PROJECTIONS } from './read/security-council-read-models';
import { GetCouncilCaseHandler } from './read/get-council-case.handler';
import { GetCouncilDraftHandler } from './read/get-council-draft.handler';

/**
 * The Security Council: its agenda for each case, drafts, votes and outcomes, and the read model
 * its reads answer from. Imported as is, it
 * takes its configuration from the settings (RTOP_ACT_CODE_SIGNATORIES, RTOP_UN_HOLIDAYS, RTOP_UN_TIME_ZONE);
 * `SecurityCouncilModule.register(config)` sets it explicitly.
 */
@Module({
  imports: [EventLogModule.forContext(SECURITY_COUNCIL)],
  controllers: [SecurityCouncilController],
  providers: [
    NoteCaseWhenOpenedInCouncil,
    NoteAssessmentWhenTransmittedToCouncil,
    NoteArticle99NotificationWhenSent,
    NoteEmergencySpecialSessionWhenConvenedOrClosed,
    // Reads answer from the Council's read model, kept up by following its own store.
    ...projectionsOf(...SECURITY_COUNCIL_PROJECTIONS),
    GetCouncilCaseHandler,
    GetCouncilDraftHandler,
    {
      provide: SECURITY_COUNCIL_CONFIG,
      inject: [RtopEnvironment],
      useFactory: (environment: RtopEnvironment): SecurityCouncilConfig => ({
        actCodeSignatories: environment.RTOP_ACT_CODE_SIGNATORIES,
        calendar: { holidays: environment.RTOP_UN_HOLIDAYS, timeZone: environment.RTOP_UN_TIME_ZONE },
      }),
    },
  ],
})
export class SecurityCouncilModule {
  static register(config: Partial<SecurityCouncilConfig>): DynamicModule {
    return {
      module: SecurityCouncilModule,
      providers: [
        { provide: SECURITY_COUNCIL_CONFIG, useValue: checkSecurityCouncilConfig({ ...DEFAULT_SECURITY_COUNCIL_CONFIG, ...config }) },
      ],
    };
  }
}
