import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SQL_SESSION, SqlSession } from '@rtop/event-store';
import { ReadPolicy } from '@rtop/identity';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@Inject(SQL_SESSION) private readonly database: SqlSession) {}

  @Get()
  @ReadPolicy('Anyone, without a token: whether the service and its database answer, nothing else.')
  @ApiOkResponse({ description: 'The service is up and its database answers.' })
  async health(): Promise<{ status: 'ok' }> {
    await this.database.query('select 1');
    return { status: 'ok' };
  }
}
