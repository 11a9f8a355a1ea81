import { Controller, Get, ParseIntPipe, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { ApiRefusals } from '@rtop/http';
import { AuthenticatedActorGuard, ReadPolicy } from '@rtop/identity';
import { HeavyRead } from '@rtop/rate-limits';
import { AccountabilityLedger, ConsistencyProof } from '../ledger/application/accountability-ledger';
import { CheckpointView, ConsistencyProofView, PublicKeyView } from './ledger-views';

/**
 * The ledger's verifying key is published to anyone: an auditor outside the deployment pins it
 * to verify an exported case, and it reveals nothing.
 */
@ApiTags('Accountability: tamper evidence')
@Controller('accountability')
export class PublishedKeyController {
  constructor(private readonly ledger: AccountabilityLedger) {}

  @Get('public-key')
  @ApiOperation({ summary: 'The deployment’s ledger key, to check checkpoints and exported cases with; no token needed' })
  @ApiOkResponse({ type: PublicKeyView })
  @ReadPolicy('Anyone, without a token: the verifying key reveals nothing of any case.')
  publicKey(): PublicKeyView {
    return this.ledger.publicKey;
  }
}

@ApiTags('Accountability: tamper evidence')
@ApiBearerAuth()
@UseGuards(AuthenticatedActorGuard)
@Controller('accountability')
export class LedgerController {
  constructor(private readonly ledger: AccountabilityLedger) {}

  @Get('checkpoint')
  @ApiOperation({ summary: 'The ledger’s size and root as its tree holds them, signed now' })
  @ApiOkResponse({ type: CheckpointView, description: 'Keep it: a later consistency proof shows the ledger only grew from it.' })
  @ApiRefusals(401)
  @ReadPolicy('Any authenticated body: ledger sizes and hashes, no event content.')
  checkpoint(): Promise<CheckpointView> {
    return this.ledger.checkpoint(new Date());
  }

  @Get('consistency')
  @ApiOperation({ summary: 'Proof that the ledger of `from` entries is a prefix of the ledger of `to` entries' })
  @ApiQuery({ name: 'from', description: 'The tree size of the older checkpoint.' })
  @ApiQuery({ name: 'to', required: false, description: 'The tree size of the newer checkpoint; the ledger’s current size when left out.' })
  @ApiOkResponse({ type: ConsistencyProofView })
  @ApiRefusals(400, 401)
  @HeavyRead()
  @ReadPolicy('Any authenticated body: ledger sizes and hashes, no event content.')
  consistency(
    @Query('from', ParseIntPipe) from: number,
    @Query('to', new ParseIntPipe({ optional: true })) to?: number,
  ): Promise<ConsistencyProof> {
    return this.ledger.consistency(from, to);
  }
}
