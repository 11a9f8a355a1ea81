import { SetMetadata, applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiResponse } from '@nestjs/swagger';

export const HEAVY_READ = 'rtop:heavy-read';

/**
 * A read whose cost grows with more than one page of one case (across cases, a whole case, a
 * proof over the ledger): limited per token apart from writes (RTOP_RATE_LIMIT_HEAVY_READS), and
 * shown in the API docs as `x-rate-limit: heavy-read`.
 */
export const HeavyRead = () =>
  applyDecorators(
    SetMetadata(HEAVY_READ, true),
    ApiExtension('x-rate-limit', 'heavy-read'),
    ApiResponse({
      status: 429,
      description:
        'More heavy reads this minute than the deployment allows one token (rule rate-limit); retry after `Retry-After` seconds.',
    }),
  );
