import { Module } from '@nestjs/common';
import { RtopEnvironment } from '@rtop/config';
import { EventLogModule } from '@rtop/event-log';
import { projectionsOf } from '@rtop/read-model';
import { GENERAL_ASSEMBLY_CONFIG, GeneralAssemblyConfig } from './application/general-assembly.config';
import { GENERAL_ASSEMBLY } from './application/general-assembly-case-stream';
import { NoteCaseWhenOpenedInAssembly } from './application/note-case-when-opened';
import { NoteCouncilRequestWhenSessionRequested } from './application/note-council-request-when-session-requested';
import { NoteVetoWhenDraftVetoed } from './application/note-veto-when-draft-vetoed';
import { PlaceAssessmentOnAgendaWhenTransmitted } from './application/place-assessment-on-agenda-when-transmitted';
import { GeneralAssemblyController } from './http/general-assembly.controller';
import { GENERAL_ASSEMBLY_PROJECTIONS } from './read/general-assembly-read-models';
import { GetAssemblyCaseHandler } from './read/get-assembly-case.handler';
import { GetOverdueVetoDebatesHandler } from './read/get-overdue-veto-debates.handler';

/** The General Assembly: assessments before it, resolutions by its majorities, Uniting for Peace, the veto debate. */
@Module({
  imports: [EventLogModule.forContext(GENERAL_ASSEMBLY)],
  controllers: [GeneralAssemblyController],
  providers: [
    {
      provide: GENERAL_ASSEMBLY_CONFIG,
      inject: [RtopEnvironment],
      useFactory: (environment: RtopEnvironment): GeneralAssemblyConfig => ({
        membership: environment.RTOP_GA_MEMBERSHIP,
        votingRules: {
          abstentionsCountAsVoting: environment.RTOP_GA_ABSTENTIONS_COUNT_AS_VOTING,
          inArrears: environment.RTOP_GA_ARREARS,
          exemptedFromArrears: environment.RTOP_GA_ARREARS_EXEMPTED,
        },
      }),
    },
    NoteCaseWhenOpenedInAssembly,
    PlaceAssessmentOnAgendaWhenTransmitted,
    NoteVetoWhenDraftVetoed,
    NoteCouncilRequestWhenSessionRequested,
    // Reads answer from the Assembly's read model, kept up by following its own store.
    ...projectionsOf(...GENERAL_ASSEMBLY_PROJECTIONS),
    GetAssemblyCaseHandler,
    GetOverdueVetoDebatesHandler,
  ],
})
export class GeneralAssemblyModule {}
