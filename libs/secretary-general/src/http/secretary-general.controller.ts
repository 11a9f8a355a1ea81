import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ApiRefusals, expectedRevisionFrom, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor, deterministicUuid } from '@rtop/kernel';
import { ExecuteSecretaryGeneralCommand } from '../application/secretary-general-command.handler';
import { GetReceivedAssessment, ReceivedAssessmentView } from '../read/get-received-assessment.handler';
import { SECRETARY_GENERAL_READ_POLICY } from '../read/secretary-general-read-access';
import { TransmitAssessmentDto } from './transmit-assessment.dto';

@ApiTags('Secretary-General: received assessments and transmissions')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('secretary-general/cases/:caseId')
export class SecretaryGeneralController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('assessments/:assessmentId')
  @ApiOkResponse({ description: 'The assessment as the Secretary-General received it from the Joint Office, with the organs it went to.' })
  @ApiRefusals(401, 404)
  @ReadPolicy(SECRETARY_GENERAL_READ_POLICY)
  async receivedAssessment(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('assessmentId') assessmentId: string,
    @CurrentActor() reader: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ReceivedAssessmentView> {
    const { view, revision } = await this.queries.execute(new GetReceivedAssessment(caseId, assessmentId, reader));
    setRevision(response, revision);
    return view;
  }

  @Post('transmissions')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The revision last read; a concurrent change then answers 409.' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Send the same key again to retry safely.' })
  @ApiCreatedResponse({ description: 'The assessment, as issued, is transmitted to the organs named.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async transmit(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: TransmitAssessmentDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    const transmissionId = idempotencyKey ? deterministicUuid(`${actor.body}|transmission|${caseId}|${idempotencyKey}`) : randomUUID();
    const outcome = await this.commands.execute(
      new ExecuteSecretaryGeneralCommand(
        caseId,
        { type: 'transmit-assessment', caseId, transmissionId, ...dto, actor, at: new Date() },
        { expectedRevision: expectedRevisionFrom(ifMatch), idempotencyKey },
      ),
    );
    setRevision(response, outcome.revision);
    return { caseId, transmissionId, assessmentId: dto.assessmentId, recipients: dto.recipients, revision: outcome.revision.toString() };
  }
}
