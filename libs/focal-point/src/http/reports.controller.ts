import { Body, Controller, Inject, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExecuteOnStream } from '@rtop/commands';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { ApiCommandHeaders, ApiRefusals, ApiRequestExample, CommandContext, newIdFor } from '@rtop/http';
import { AuthenticatedActorGuard, DEPLOYMENT_KEYS, DeploymentKeys } from '@rtop/identity';
import { REGIONAL_BODIES } from '@rtop/kernel';
import { JOINT_OFFICE_CASE } from '../application/case-stream';
import { earlyWarningReportId } from '../application/note-early-warning-when-submitted';
import { occurredAtOfObservation } from '../application/observed-at';
import { reliabilityNow } from '../application/source-stream';
import { sourcePseudonym } from '../application/source-pseudonym';
import { CaseCommand } from '../case/case';
import { ReportSource } from '../case/information-report';
import { FileInformationReportDto } from './file-information-report.dto';
import { NoteEarlyWarningReportDto } from './notes.dto';
import { ReasonDto } from './reason.dto';
import { CorrectReportDto, VerifyReportDto } from './report-moderation.dto';

@ApiTags('Joint Office: cases, information reports, assessments')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('cases/:caseId')
export class ReportsController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DEPLOYMENT_KEYS) private readonly keys: DeploymentKeys,
  ) {}

  @Post('reports')
  @ApiRequestExample(FileInformationReportDto, 'Kenya, 1 January 2008: the Kiambaa church fire, from a protected witness', {
    source: { name: 'Witness at Kiambaa', protected: true },
    channel: 'un-field-presence',
    credibility: 2,
    observedAt: '2008-01-01T11:00:00Z',
    location: 'Kiambaa, near Eldoret, Rift Valley',
    riskFactors: [8, 11],
    summary: 'A church where displaced families had taken refuge was set on fire by an armed group; women and children died inside.',
  })
  @ApiOperation({ summary: 'File an information report (information-report-filed)' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    description:
      'The report is on the case, carrying its source’s reliability as graded now; a protected source appears by pseudonym only.',
  })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async fileReport(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: FileInformationReportDto,
    @CommandContext() request: CommandContext,
  ) {
    const reportId = newIdFor(request, `report|${caseId}`);
    const { source, riskFactors, ...report } = dto;
    const recordedSource: ReportSource = source.protected
      ? { kind: 'protected', pseudonym: sourcePseudonym(this.keys.pseudonymKey, source.name) }
      : { kind: 'named', name: source.name };
    const reliability = await reliabilityNow(this.store, recordedSource);
    const command = {
      type: 'file-information-report',
      caseId,
      reportId,
      ...report,
      riskFactors: riskFactors as never,
      source: recordedSource,
      reliability,
      actor: request.actor,
      at: request.at,
      ...occurredAtOfObservation(dto.observedAt, request.at),
    } as const;
    const outcome = await this.commands.execute(new ExecuteOnStream(JOINT_OFFICE_CASE, command, request));
    // A replay answers the reliability the report was filed with, even if the source was graded since.
    const filed = outcome.events.find((event) => event.type === 'information-report-filed');
    const recorded = filed?.type === 'information-report-filed' ? filed.data.reliability : reliability;
    return { caseId, reportId, source: recordedSource, reliability: recorded, revision: outcome.revision.toString() };
  }

  @Post('reports/:reportId/approval')
  @ApiOperation({ summary: 'Approve a report: moderation, separate from verification (report-approved)' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The report is approved to stand in the record; whether it is true is verification’s to say.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  approveReport(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('reportId') reportId: string,
    @CommandContext() request: CommandContext,
  ) {
    return this.onReport({ type: 'approve-report', caseId, reportId, actor: request.actor, at: request.at }, request);
  }

  @Post('reports/:reportId/verification')
  @ApiRequestExample(VerifyReportDto, 'Kenya, 2008: the church-fire report cross-checked', {
    credibility: 2,
    method: 'Cross-checked against hospital admissions in Eldoret and the Red Cross camp registers',
  })
  @ApiOperation({ summary: 'Verify a report, setting its credibility (report-verified)' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The report is verified at the credibility given; it may be verified again as more comes to light.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  verifyReport(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('reportId') reportId: string,
    @Body() dto: VerifyReportDto,
    @CommandContext() request: CommandContext,
  ) {
    const command = {
      type: 'verify-report',
      caseId,
      reportId,
      credibility: dto.credibility,
      method: dto.method,
      corroboratedBy: dto.corroboratedBy ?? [],
      actor: request.actor,
      at: request.at,
    } as const;
    return this.onReport(command, request);
  }

  @Post('reports/:reportId/corrections')
  @ApiRequestExample(CorrectReportDto, 'Kenya, 2008: the place of the church fire made precise', {
    corrected: { location: 'Kenya Assemblies of God church, Kiambaa, near Eldoret' },
    reason: 'The field presence identified the church',
  })
  @ApiOperation({ summary: 'Correct a report: a new event with the corrected fields and why (report-corrected)' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The correction is recorded; the report as first filed stays in the record.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  correctReport(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('reportId') reportId: string,
    @Body() dto: CorrectReportDto,
    @CommandContext() request: CommandContext,
  ) {
    const { riskFactors, ...corrected } = dto.corrected;
    const command = {
      type: 'correct-report',
      caseId,
      reportId,
      corrected: { ...corrected, ...(riskFactors && { riskFactors: riskFactors as never }) },
      reason: dto.reason,
      actor: request.actor,
      at: request.at,
    } as const;
    return this.onReport(command, request);
  }

  @Post('reports/:reportId/retraction')
  @ApiRequestExample(ReasonDto, 'A report withdrawn by its source', {
    reason: 'The source withdrew the account after the attack was found to have been reported twice',
  })
  @ApiOperation({ summary: 'Retract a report, with the reason; it is never deleted (report-retracted)' })
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    description: 'The report is withdrawn: it stays in the record, and no new assessment or corroboration may cite it.',
  })
  @ApiRefusals(400, 401, 403, 404, 409)
  retractReport(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('reportId') reportId: string,
    @Body() dto: ReasonDto,
    @CommandContext() request: CommandContext,
  ) {
    return this.onReport({ type: 'retract-report', caseId, reportId, reason: dto.reason, actor: request.actor, at: request.at }, request);
  }

  @Post('early-warning-reports')
  @ApiRequestExample(NoteEarlyWarningReportDto, 'Illustrative: a CEWARN report noted by the Joint Office', {
    regionalReportId: 'cewarn-2008-014',
    summary:
      'Field monitors in the Karamoja cluster report cattle raids and small-arms movement rising as the post-election crisis draws police away.',
    observedAt: '2008-01-15T06:00:00Z',
    location: 'Karamoja cluster, Kenya–Uganda border',
    indicators: [
      { kind: 'conflict', category: 'armed-intervention', description: 'Raids with automatic weapons along the Kenya–Uganda border' },
    ],
    riskFactors: [8],
  })
  @ApiOperation({
    summary: 'Note a regional early-warning report as an information report (early-warning-report-noted)',
    description: `Normally fed from the regional bodies' early-warning-report-submitted events (IGAD's CEWARN among them); this lets ${REGIONAL_BODIES.join(', ')} send one directly where that context does not run. The report is filed on the regional-early-warning channel, its source the sending body, with that body's reliability as graded now and credibility 6 until the Joint Office verifies it.`,
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({
    description:
      'The report is on the case; the same regional report is noted once (409 report-filed-once), whether sent here or fed from the log.',
  })
  @ApiRefusals(400, 401, 403, 404, 409)
  async noteEarlyWarningReport(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: NoteEarlyWarningReportDto,
    @CommandContext() request: CommandContext,
  ) {
    const reportId = earlyWarningReportId(request.actor.body, dto.regionalReportId);
    const command = {
      type: 'note-early-warning-report',
      caseId,
      reportId,
      regionalReportId: dto.regionalReportId,
      summary: dto.summary,
      observedAt: dto.observedAt,
      location: dto.location,
      regionalIndicators: dto.indicators ?? [],
      riskFactors: dto.riskFactors ?? [],
      reliability: await reliabilityNow(this.store, { kind: 'named', name: request.actor.body }),
      actor: request.actor,
      at: request.at,
      ...occurredAtOfObservation(dto.observedAt, request.at),
    } as const;
    const outcome = await this.commands.execute(new ExecuteOnStream(JOINT_OFFICE_CASE, command, request));
    return { caseId, reportId, revision: outcome.revision.toString() };
  }

  private async onReport(command: CaseCommand & { reportId: string }, request: CommandContext) {
    const outcome = await this.commands.execute(new ExecuteOnStream(JOINT_OFFICE_CASE, command, request));
    return { caseId: command.caseId, reportId: command.reportId, revision: outcome.revision.toString() };
  }
}
