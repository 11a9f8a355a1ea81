import { ThrottlerStorage } from '@nestjs/throttler';
import { SqlSession } from '@rtop/event-store';

const TABLE = 'rtop_rate_limits.counts';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface CountRow {
  readonly hits: number;
  readonly expires_in_s: number;
  readonly blocked_for_s: number;
}

/**
 * Requests per token counted in the service's PostgreSQL database, which every replica shares, so
 * N replicas behind one address allow the limit once, not N times. A fixed window per token and
 * kind, one statement a request: past the limit the token is refused until the block ends, and a
 * refused request is not counted.
 */
export class SharedRateCounts implements ThrottlerStorage {
  private constructor(private readonly sql: SqlSession) {}

  static async open(sql: SqlSession): Promise<SharedRateCounts> {
    await sql.exec(`
      create schema if not exists rtop_rate_limits;
      create table if not exists ${TABLE} (
        key text primary key,
        hits integer not null,
        window_ends timestamptz not null,
        blocked_until timestamptz
      );`);
    return new SharedRateCounts(sql);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const [row] = await this.sql.query<CountRow>(
      `insert into ${TABLE} as c (key, hits, window_ends) values ($1, 1, now() + $2 * interval '1 millisecond')
       on conflict (key) do update set
         hits = case when c.blocked_until > now() then c.hits when c.window_ends <= now() then 1 else c.hits + 1 end,
         window_ends = case when c.blocked_until > now() or c.window_ends > now() then c.window_ends
                            else now() + $2 * interval '1 millisecond' end,
         blocked_until = case when c.blocked_until > now() then c.blocked_until
                              when (case when c.window_ends <= now() then 1 else c.hits + 1 end) > $3
                                then now() + $4 * interval '1 millisecond' end
       returning hits,
                 ceil(extract(epoch from window_ends - now()))::integer as expires_in_s,
                 coalesce(ceil(extract(epoch from blocked_until - now())), 0)::integer as blocked_for_s`,
      [key, ttl, limit, blockDuration],
    );
    return {
      totalHits: row.hits,
      timeToExpire: row.expires_in_s,
      isBlocked: row.blocked_for_s > 0,
      timeToBlockExpire: row.blocked_for_s,
    };
  }
}
