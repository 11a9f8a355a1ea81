import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { ReadAgenda } from '../queries/read-agenda.query';
import { AccountabilityAgendaView } from './case-directory-views';
import { CASE_READ_POLICY } from './read-policies';

@ApiTags('Accountability: cases')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('agenda')
export class AgendaController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'The calling body’s agenda: decisions awaited of it, and acts falling due, longest waiting first',
    description:
      '`awaiting-decision`: a case placed before the body (or an assessment that reached the Secretary-General) with no decision since. ' +
      '`overdue`: a standing-group meeting missed, or a debate a veto owes the General Assembly; `overdue` is true once `dueBy` has passed.',
  })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 500 (default 50).' })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ type: AccountabilityAgendaView })
  @ApiRefusals(400, 401)
  @ReadPolicy(CASE_READ_POLICY.agenda)
  agenda(@CurrentActor() reader: Actor, @Query('limit') limit?: string, @Query('cursor') cursor?: string) {
    return this.queries.execute(new ReadAgenda(reader, limit, cursor));
  }
}
