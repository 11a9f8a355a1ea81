import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { EVENT_STORE, EventStore, START_OF_LOG } from '@rtop/event-store';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get()
  @ApiOkResponse({ description: 'The service is up and its event store answers.' })
  async health(): Promise<{ status: 'ok' }> {
    await this.store.readGlobalLog(START_OF_LOG, 0);
    return { status: 'ok' };
  }
}
