import { DynamicModule, Module } from '@nestjs/common';
import { EventLogModule } from '@rtop/event-log';
import { projectionsOf } from '@rtop/read-model';
import { NoteAssessmentWhenTransmitted } from './application/note-assessment-when-transmitted';
import { NoteCaseWhenOpenedByRegionalBodies } from './application/note-case-when-opened';
import { NoteCouncilAuthorisationWhenAdopted } from './application/note-council-authorisation-when-adopted';
import { REGIONAL_BODIES_CONTEXT, regionalCaseStreamProvider } from './application/regional-case-stream';
import { REGIONAL_RULES, RegionalRulesOverrides, regionalRules } from './application/regional-rules.config';
import { RegionalBodiesController } from './http/regional-bodies.controller';
import { GetRegionalCaseHandler } from './read/get-regional-case.handler';
import { GetRegionalDraftHandler } from './read/get-regional-draft.handler';
import { REGIONAL_BODIES_PROJECTIONS } from './read/regional-bodies-read-models';

/**
 * The regional and sub-regional bodies (AU PSC and Assembly, ASEAN, OAS, OSCE, IGAD): each decides
 * by its own rule. Imported as is, it applies DEFAULT_REGIONAL_RULES; `RegionalBodiesModule.register(overrides)`
 * changes the unverified or changing parameters (memberships, AU majorities, IGAD's rule).
 */
@Module({
  imports: [EventLogModule.forContext(REGIONAL_BODIES_CONTEXT)],
  controllers: [RegionalBodiesController],
  providers: [
    NoteCaseWhenOpenedByRegionalBodies,
    NoteAssessmentWhenTransmitted,
    NoteCouncilAuthorisationWhenAdopted,
    { provide: REGIONAL_RULES, useFactory: () => regionalRules() },
    regionalCaseStreamProvider,
    // Reads answer from the regional bodies' read model, kept up by following their own store.
    ...projectionsOf(...REGIONAL_BODIES_PROJECTIONS),
    GetRegionalCaseHandler,
    GetRegionalDraftHandler,
  ],
})
export class RegionalBodiesModule {
  static register(overrides: RegionalRulesOverrides): DynamicModule {
    return { module: RegionalBodiesModule, providers: [{ provide: REGIONAL_RULES, useValue: regionalRules(overrides) }] };
  }
}
