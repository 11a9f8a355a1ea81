import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, Inject, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { ApiRefusals, expectedRevisionFrom, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, DEPLOYMENT_KEYS, DeploymentKeys } from '@rtop/identity';
import { Actor, deterministicUuid } from '@rtop/kernel';
import { ExecuteCaseCommand, loadCase } from '../application/case-command.handler';
import { sourcePseudonym } from '../application/source-pseudonym';
import { requireOpened } from '../case/case';
import { CaseView, caseView } from './case-view';
import { FileInformationReportDto } from './file-information-report.dto';
import { IssueAssessmentDto } from './issue-assessment.dto';
import { OpenCaseDto } from './open-case.dto';

const IF_MATCH = { name: 'If-Match', required: false, description: 'The case revision last read (its ETag); a concurrent change then answers 409.' };
const IDEMPOTENCY_KEY = { name: 'Idempotency-Key', required: false, description: 'Send the same key again to retry safely: the first outcome is returned and nothing is written twice.' };

/** A new identifier, or the same one when a retried request carries the same idempotency key. */
const newId = (actor: Actor, what: string, key?: string) => (key ? deterministicUuid(`${actor.body}|${what}|${key}`) : randomUUID());

@ApiTags('Joint Office: cases, information reports, assessments')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('cases')
export class CasesController {
  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(DEPLOYMENT_KEYS) private readonly keys: DeploymentKeys,
  ) {}

  @Post()
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The case is open.' })
  @ApiRefusals(400, 401, 403, 409)
  async openCase(
    @Body() dto: OpenCaseDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const caseId = newId(actor, 'open-case', idempotencyKey);
    const outcome = await this.commands.execute(
      new ExecuteCaseCommand({ type: 'open-case', caseId, ...dto, actor, at: new Date() }, undefined, idempotencyKey),
    );
    setRevision(response, outcome.revision);
    return { caseId, revision: outcome.revision.toString() };
  }

  @Get(':caseId')
  @ApiOkResponse({ type: CaseView })
  @ApiRefusals(401, 404)
  async getCase(@Param('caseId', ParseUUIDPipe) caseId: string, @Res({ passthrough: true }) response: Response): Promise<CaseView> {
    const { state, revision } = await loadCase(this.store, caseId);
    setRevision(response, revision);
    return caseView(requireOpened(state, caseId), revision);
  }

  @Post(':caseId/reports')
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The report is on the case; a protected source appears by pseudonym only.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  async fileReport(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: FileInformationReportDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const reportId = newId(actor, `report|${caseId}`, idempotencyKey);
    const { source, ...report } = dto;
    const recordedSource = source.protected
      ? ({ kind: 'protected', pseudonym: sourcePseudonym(this.keys.pseudonymKey, source.name) } as const)
      : ({ kind: 'named', name: source.name } as const);
    const outcome = await this.commands.execute(
      new ExecuteCaseCommand(
        { type: 'file-information-report', caseId, reportId, ...report, riskFactors: report.riskFactors as never, source: recordedSource, actor, at: new Date() },
        expectedRevisionFrom(ifMatch),
        idempotencyKey,
      ),
    );
    setRevision(response, outcome.revision);
    return { caseId, reportId, source: recordedSource, revision: outcome.revision.toString() };
  }

  @Post(':caseId/assessments')
  @ApiHeader(IF_MATCH)
  @ApiHeader(IDEMPOTENCY_KEY)
  @ApiCreatedResponse({ description: 'The assessment is issued and on its way, unfiltered, to the Secretary-General.' })
  @ApiRefusals(400, 401, 403, 404, 409)
  async issueAssessment(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: IssueAssessmentDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const assessmentId = newId(actor, `assessment|${caseId}`, idempotencyKey);
    const outcome = await this.commands.execute(
      new ExecuteCaseCommand(
        { type: 'issue-assessment', caseId, assessmentId, risks: dto.risks as never, summary: dto.summary, actor, at: new Date() },
        expectedRevisionFrom(ifMatch),
        idempotencyKey,
      ),
    );
    setRevision(response, outcome.revision);
    const issued = outcome.events.find((e) => e.type === 'assessment-issued');
    return { caseId, assessmentId, ...(issued ? issued.data : {}), revision: outcome.revision.toString() };
  }
}
