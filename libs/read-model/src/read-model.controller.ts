import { Controller, Get, Inject, ParseUUIDPipe, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiQuery, ApiTags } from '@nestjs/swagger';
import { EventStore } from '@rtop/event-store';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor, OutsideRemit, isAuditor } from '@rtop/kernel';
import { ACCESS_LOG, accessLogStream, auditorReadOf } from './access-log';
import { LARGEST_BIGINT, decodeCursor, pageLimit, pageOf } from './page';
import { ProjectionRegistry } from './projection-registry';

class ProjectionCheckpointView {
  @ApiProperty() transactionId!: string;
  @ApiProperty() position!: string;
}

class ProjectionStatusView {
  @ApiProperty({ example: 'accountability.case-directory' }) name!: string;
  @ApiProperty({ example: 'accountability' }) context!: string;
  @ApiProperty({
    example: 1,
    description: 'The shape of its tables. A process whose code has a newer version rebuilds the model as it starts.',
  })
  version!: number;
  @ApiProperty({ type: ProjectionCheckpointView }) checkpoint!: ProjectionCheckpointView;
  @ApiProperty({ description: 'Events the context has recorded that the model does not hold yet: its lag.' }) eventsBehind!: number;
}

class AuditorReadView {
  @ApiProperty({ description: 'The auditor, as the token named them: body, person, role.' }) reader!: object;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) caseId!: string | null;
  @ApiProperty({ example: 'GET /cases/:caseId/timeline' }) operation!: string;
  @ApiProperty({ example: '/cases/7658bf95-0c5c-4a4e-9c55-0d3c4f7a2f11/timeline?limit=50' }) request!: string;
  @ApiProperty({ format: 'date-time' }) readAt!: string;
  @ApiProperty({ description: 'Its place in the case’s access log.' }) revision!: string;
}

class AuditorReadsPage {
  @ApiProperty({ type: [AuditorReadView] }) items!: AuditorReadView[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' }) next!: string | null;
}

@ApiTags('Read models')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller()
export class ReadModelController {
  constructor(
    private readonly registry: ProjectionRegistry,
    @Inject(ACCESS_LOG) private readonly accessLog: EventStore,
  ) {}

  @Get('projections')
  @ApiOperation({ summary: 'The read models this process keeps, and how far each is behind its context’s events' })
  @ApiOkResponse({ type: [ProjectionStatusView] })
  @ApiRefusals(401)
  @ReadPolicy('Any authenticated body: names, checkpoints and lag only, nothing of any case.')
  projections() {
    return this.registry.statuses();
  }

  @Get('access-log')
  @ApiOperation({ summary: 'Auditors’ reads, in the order recorded: who read which case, what and when' })
  @ApiQuery({ name: 'caseId', required: false, description: 'One case’s reads; absent, the reads across cases.' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ type: AuditorReadsPage })
  @ApiRefusals(400, 401, 403)
  @ReadPolicy('Auditors only. This read, like every auditor read, is itself recorded.')
  async auditorReads(
    @CurrentActor() reader: Actor,
    @Query('caseId', new ParseUUIDPipe({ optional: true })) caseId?: string,
    @Query('limit') limit?: string,
    @Query('cursor') cursor?: string,
  ) {
    if (!isAuditor(reader)) throw new OutsideRemit('auditors-only', 'the access log is read by auditors only');
    const size = pageLimit(limit);
    const after = decodeCursor(cursor, ['whole-number'])?.[0];
    const fromRevision = after === undefined ? 0n : BigInt(after) + 1n;
    // No stream holds a revision past the largest a bigint column does: the page after it is empty.
    const events =
      fromRevision <= LARGEST_BIGINT
        ? await this.accessLog.readStream(accessLogStream(caseId?.toLowerCase() ?? null), { fromRevision, limit: size + 1 })
        : [];
    return pageOf(events, size, auditorReadOf, (event) => [event.revision.toString()]);
  }
}
