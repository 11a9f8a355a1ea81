import { Controller, Get, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { HeavyRead } from '@rtop/rate-limits';
import { ConsistencyReport } from '../figures/consistency-report';
import { FiguresAcrossCases } from '../figures/figures-across-cases';
import { ReadConsistencyReport } from '../queries/read-consistency-report.query';
import { ReadFiguresAcrossCases } from '../queries/read-figures-across-cases.query';
import { ReadLessons } from '../queries/read-lessons.query';
import {
  AccountabilityConsistencyReportView,
  AccountabilityFiguresAcrossCasesView,
  AccountabilityLessonsView,
} from './accountability-views';
import { CASE_READ_POLICY } from './read-policies';
import { NOW_QUERY } from './replay-query';

@ApiTags('Accountability: across cases')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('accountability')
export class AccountabilityController {
  constructor(private readonly queries: QueryBus) {}

  @Get('figures')
  @ApiOperation({
    summary: 'The accountability figures across every case',
    description:
      'The per-case figures aggregated: median and longest time from the first report to the first assessment, transmission, decision per organ and ' +
      'response; the warning-response gap (warnings answered, open and for how long, left unanswered at closure); vetoes and pledges breached by state. ' +
      'Each case’s own figures are under perCase. The same figures come from the command line (computeFiguresForCases).',
  })
  @ApiQuery(NOW_QUERY)
  @ApiOkResponse({ type: AccountabilityFiguresAcrossCasesView })
  @ApiRefusals(400, 401)
  @HeavyRead()
  @ReadPolicy(CASE_READ_POLICY.acrossCases)
  figures(@CurrentActor() reader: Actor, @Query('now') now?: string): Promise<FiguresAcrossCases> {
    return this.queries.execute(new ReadFiguresAcrossCases(reader, now));
  }

  @Get('consistency-report')
  @ApiOperation({
    summary: 'Like cases side by side, by region',
    description:
      'Cases grouped by the highest risk level their latest assessment gives any crime, and within each group by region, with what each case ' +
      'received: organs deciding, drafts not adopted, vetoes, measures, open warnings, time to the first decision and response. Regions come from ' +
      'the deployment’s region map (RTOP_ACCOUNTABILITY_REGIONS: JSON or a JSON file, {"situations": {situation: region}, "countries": ' +
      '{ISO alpha-3 code or country name: region}}); a case the map does not place is `unassigned`.',
  })
  @ApiQuery(NOW_QUERY)
  @ApiOkResponse({ type: AccountabilityConsistencyReportView })
  @ApiRefusals(400, 401)
  @HeavyRead()
  @ReadPolicy(CASE_READ_POLICY.acrossCases)
  consistencyReport(@CurrentActor() reader: Actor, @Query('now') now?: string): Promise<ConsistencyReport> {
    return this.queries.execute(new ReadConsistencyReport(reader, now));
  }

  @Get('lessons')
  @ApiOperation({
    summary: 'Lessons learned, on one case or across cases',
    description:
      'The lessons the Human Rights Council, the Peacebuilding Commission and ECOSOC recorded, from the case timelines, in the order recorded.',
  })
  @ApiQuery({ name: 'caseId', required: false, description: 'One case’s lessons; absent, every case’s.' })
  @ApiOkResponse({ type: AccountabilityLessonsView })
  @ApiRefusals(400, 401, 404)
  @HeavyRead()
  @ReadPolicy(CASE_READ_POLICY.acrossCases)
  lessons(@CurrentActor() reader: Actor, @Query('caseId', new ParseUUIDPipe({ optional: true })) caseId?: string) {
    return this.queries.execute(new ReadLessons(reader, caseId));
  }
}
