import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CRIMES } from '@rtop/kernel';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { RISK_LEVELS } from '../figures/case-figures';
import { CaseFilterParams } from '../queries/case-filters';
import { ListCases } from '../queries/list-cases.query';
import { CASE_STATUSES } from '../read-side/case-summary';
import { AccountabilityCaseListView } from './case-directory-views';
import { CASE_READ_POLICY } from './read-policies';

/** The list of cases; the Joint Office's own case records (POST /cases, GET /cases/{id}) stay with the focal point. */
@ApiTags('Accountability: cases')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('cases')
export class CaseDirectoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary: 'The cases the reader may see, most recently active first',
    description: 'Filters combine; a bad value is refused (400) naming the rule. Pass `next` as `cursor` for the following page.',
  })
  @ApiQuery({ name: 'status', required: false, enum: CASE_STATUSES })
  @ApiQuery({ name: 'crime', required: false, enum: CRIMES, description: 'Matches only cases whose assessment the reader is privy to.' })
  @ApiQuery({
    name: 'risk',
    required: false,
    enum: RISK_LEVELS,
    description: 'The highest risk the latest assessment gives; privy rows only.',
  })
  @ApiQuery({ name: 'q', required: false, description: 'Text in the situation or summary (ignoring case; % and _ taken literally).' })
  @ApiQuery({ name: 'region', required: false })
  @ApiQuery({ name: 'placedBefore', required: false, description: 'A body the case was placed before, e.g. au-psc.' })
  @ApiQuery({ name: 'updatedSince', required: false, description: 'An ISO 8601 instant: cases with activity recorded since.' })
  @ApiQuery({ name: 'limit', required: false, description: '1 to 500 (default 50).' })
  @ApiQuery({ name: 'cursor', required: false })
  @ApiOkResponse({ type: AccountabilityCaseListView })
  @ApiRefusals(400, 401)
  @ReadPolicy(CASE_READ_POLICY.list)
  list(@CurrentActor() reader: Actor, @Query() params: CaseFilterParams) {
    return this.queries.execute(new ListCases(reader, params));
  }
}
