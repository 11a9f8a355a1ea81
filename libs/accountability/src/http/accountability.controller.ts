import { Controller, Get, Inject, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard } from '@rtop/identity';
import { NotFound } from '@rtop/kernel';
import { computeConsistencyReport, computeFiguresForCases, lessonsAcrossCases } from '../figures/compute-figures-for-cases';
import { ConsistencyReport } from '../figures/consistency-report';
import { FiguresAcrossCases } from '../figures/figures-across-cases';
import { lessonsOf } from '../figures/lessons';
import { ACCOUNTABILITY_REGIONS, RegionMap } from '../figures/regions';
import { readTimeline } from '../replay/case-timelines';
import { timelineAsOf } from '../timeline/timeline-entry';
import { AccountabilityConsistencyReportView, AccountabilityFiguresAcrossCasesView, AccountabilityLessonsView } from './accountability-views';
import { NOW_QUERY, parseInstant } from './replay-query';

@ApiTags('Accountability: across cases')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('accountability')
export class AccountabilityController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCOUNTABILITY_REGIONS) private readonly regions: RegionMap,
  ) {}

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
  figures(@Query('now') now?: string): Promise<FiguresAcrossCases> {
    return computeFiguresForCases(this.store, { now: parseInstant('now', now), regions: this.regions });
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
  consistencyReport(@Query('now') now?: string): Promise<ConsistencyReport> {
    return computeConsistencyReport(this.store, { now: parseInstant('now', now), regions: this.regions });
  }

  @Get('lessons')
  @ApiOperation({
    summary: 'Lessons learned, on one case or across cases',
    description: 'The lessons the Human Rights Council, the Peacebuilding Commission and ECOSOC recorded, from the case timelines, in the order recorded.',
  })
  @ApiQuery({ name: 'caseId', required: false, description: 'One case’s lessons; absent, every case’s.' })
  @ApiOkResponse({ type: AccountabilityLessonsView })
  @ApiRefusals(400, 401, 404)
  async lessons(@Query('caseId', new ParseUUIDPipe({ optional: true })) caseId?: string) {
    if (!caseId) return { caseId: null, lessons: await lessonsAcrossCases(this.store) };
    const entries = await readTimeline(this.store, caseId);
    if (!entries.length) throw new NotFound('case-exists', `no timeline for case ${caseId}`);
    return { caseId, lessons: lessonsOf(timelineAsOf(entries)) };
  }
}
