import { Controller, Get, Param, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { HeavyRead } from '@rtop/rate-limits';
import { CaseFigures } from '../figures/case-figures';
import { ReadCaseFigures } from '../queries/read-case-figures.query';
import { ReadCaseKnowledge } from '../queries/read-case-knowledge.query';
import { AccountabilityCaseFiguresView, AccountabilityKnowledgeView } from './accountability-views';
import { CASE_READ_POLICY } from './read-policies';
import { AS_OF_QUERY, BY_QUERY, NOW_QUERY } from './replay-query';

@ApiTags('Accountability: case timeline')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('cases/:caseId')
export class CaseAccountabilityController {
  constructor(private readonly queries: QueryBus) {}

  @Get('figures')
  @ApiOperation({
    summary: 'The accountability figures of one case',
    description:
      'From the first information report: time to the first assessment, the first transmission, each organ’s first decision and the first measure ' +
      'registered; every warning (an assessment transmitted to an organ) and whether a decision answered it, the unanswered ones being the ' +
      'warning-response gap; vetoes and pledges breached; the risk the latest assessment gives. Durations are in milliseconds between when events happened.',
  })
  @ApiQuery(NOW_QUERY)
  @ApiOkResponse({ type: AccountabilityCaseFiguresView })
  @ApiRefusals(400, 401, 404)
  @HeavyRead()
  @ReadPolicy(CASE_READ_POLICY.perCase)
  figures(@CurrentActor() reader: Actor, @Param('caseId', ParseUUIDPipe) caseId: string, @Query('now') now?: string): Promise<CaseFigures> {
    return this.queries.execute(new ReadCaseFigures(reader, caseId, now));
  }

  @Get('knowledge')
  @ApiOperation({
    summary: 'Who knew what and when',
    description:
      'Per organ, each assessment (id and content digest) that reached it and when — issued, received, sent by a transmission, placed before the ' +
      'organ — with whether the digest is the one issued, and what the organ decided. Replayable as the case stood at any instant.',
  })
  @ApiQuery(AS_OF_QUERY)
  @ApiQuery(BY_QUERY)
  @ApiOkResponse({ type: AccountabilityKnowledgeView })
  @ApiRefusals(400, 401, 404)
  @HeavyRead()
  @ReadPolicy(CASE_READ_POLICY.perCase)
  knowledge(
    @CurrentActor() reader: Actor,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Query('asOf') asOf?: string,
    @Query('by') by?: string,
  ) {
    return this.queries.execute(new ReadCaseKnowledge(reader, caseId, asOf, by));
  }
}
