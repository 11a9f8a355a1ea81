import { Controller, Get, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { CaseBundle } from '../bundle/case-bundle';
import { AccountabilityLedger } from '../ledger/application/accountability-ledger';
import { CaseBundleView } from './ledger-views';

@ApiTags('Accountability: tamper evidence')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('cases/:caseId/bundle')
export class BundleController {
  constructor(private readonly ledger: AccountabilityLedger) {}

  @Get()
  @ApiOperation({
    summary: 'Export the case for offline verification (`rtop export`, then `rtop verify`)',
    description: 'Signs a checkpoint of the whole ledger now and keeps it, with who exported the case.',
  })
  @ApiOkResponse({ type: CaseBundleView })
  @ApiRefusals(400, 401, 404)
  bundle(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentActor() actor: Actor): Promise<CaseBundle> {
    return this.ledger.bundle(caseId, actor, new Date());
  }
}
