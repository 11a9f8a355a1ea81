import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { ExecuteOnStream } from '@rtop/commands';
import { ApiCommandHeaders, ApiRefusals, ApiRequestExample, CommandContext, EXAMPLE_REFS, newIdFor, setRevision } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { SECRETARY_GENERAL_CASE } from '../application/secretary-general-case-stream';
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
  @ApiRequestExample(TransmitAssessmentDto, 'Kenya, 2008: the assessment transmitted, unaltered, to the AU PSC and IGAD', {
    assessmentId: EXAMPLE_REFS.assessmentId,
    recipients: ['au-psc', 'igad'],
    content: {
      assessmentId: EXAMPLE_REFS.assessmentId,
      caseId: EXAMPLE_REFS.caseId,
      situation: 'Kenya, post-election violence',
      summary:
        'Very high risk of crimes against humanity, incited on the air; expulsions along ethnic lines amount to ethnic cleansing, assessed through crimes against humanity.',
      risks: [],
      incitement: [],
      ethnicCleansing: { assessedThrough: ['crimes-against-humanity'] },
      issuedAt: '2008-02-14T09:00:00.000Z',
    },
  })
  @ApiCommandHeaders()
  @ApiCreatedResponse({ description: 'The assessment, as issued, is transmitted to the organs named.' })
  @ApiRefusals(400, 401, 403, 404, 409, 422)
  async transmit(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Body() dto: TransmitAssessmentDto,
    @CommandContext() request: CommandContext,
  ) {
    const transmissionId = newIdFor(request, `transmission|${caseId}`);
    const { assessmentId, recipients, content } = dto;
    const outcome = await this.commands.execute(
      new ExecuteOnStream(
        SECRETARY_GENERAL_CASE,
        { type: 'transmit-assessment', caseId, transmissionId, assessmentId, recipients, content, actor: request.actor, at: request.at },
        request,
      ),
    );
    return { caseId, transmissionId, assessmentId: dto.assessmentId, recipients: dto.recipients, revision: outcome.revision.toString() };
  }
}
