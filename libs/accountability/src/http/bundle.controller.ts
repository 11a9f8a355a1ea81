import { Controller, Get, Param, ParseUUIDPipe, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, CurrentActor, ReadPolicy } from '@rtop/identity';
import { Actor, OutsideRemit, isAuditor } from '@rtop/kernel';
import { HeavyRead } from '@rtop/rate-limits';
import { CaseBundle } from '../ledger/bundle/case-bundle';
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
    description: 'Signs a checkpoint of the ledger now and keeps it, with who exported the case. Auditors only.',
  })
  @ApiOkResponse({ type: CaseBundleView })
  @ApiRefusals(400, 401, 403, 404)
  @HeavyRead()
  @ReadPolicy(
    'Auditors only: a verifiable bundle holds every event of the case and cannot leave any out. Anyone else is refused (403 auditors-only) whether or not the case exists, so the refusal says nothing of it.',
  )
  bundle(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentActor() actor: Actor): Promise<CaseBundle> {
    // Refused before the ledger is asked: a 404 for a non-auditor would tell which cases exist.
    if (!isAuditor(actor)) throw new OutsideRemit('auditors-only', 'a case bundle is exported by auditors only');
    return this.ledger.bundle(caseId, actor, new Date());
  }
}
