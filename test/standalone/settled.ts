import { INestApplication } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { EventLogReaction, groupCheckpoint } from '@rtop/event-log';
import { SQL_SESSION, SqlSession, schemaOf } from '@rtop/event-store';
import { CONTEXTS, Context } from '@rtop/kernel';
import { ProjectionRegistry } from '@rtop/read-model';

/** Between two looks: an app seen settled twice this far apart has nothing appended in between. */
const LOOK_EVERY_MS = 150;
/**
 * How long nothing may move while something is behind. A busy follower stores its checkpoint at
 * least once a second, so this only ends a wait on one that is stuck, and well within a test's time.
 */
const STALLED_AFTER_MS = 15_000;

/** The app at one moment. */
interface Look {
  readonly events: ReadonlyMap<Context, number>;
  /** Each log follower and read model that does not hold every event, with how many it lacks. */
  readonly behind: readonly string[];
}

/**
 * Waits until every reaction of the app has finished, and gives the events each context then
 * holds. Settled means: every log follower of every context has stored a checkpoint at the head
 * of that context's store (a consumer group that has stored none yet counts from the start of the
 * log), every read model holds every event, and no event was appended between two such looks.
 * A follower handles an event before its checkpoint passes it, so a reaction still under way keeps
 * its follower behind the event it reacts to. Throws, naming what is behind, once nothing has
 * moved for STALLED_AFTER_MS.
 */
export async function settledEvents(app: INestApplication): Promise<ReadonlyMap<Context, number>> {
  const subscribers = consumerGroupsByContext(app);
  let last = await look(app, subscribers);
  let movedAt = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
    const now = await look(app, subscribers);
    if (!last.behind.length && !now.behind.length && total(now) === total(last)) return now.events;
    if (stateOf(now) !== stateOf(last)) movedAt = Date.now();
    else if (Date.now() - movedAt > STALLED_AFTER_MS)
      throw new Error(`the app did not settle: nothing moved for ${STALLED_AFTER_MS} ms with ${now.behind.join(', ')} behind`);
    last = now;
  }
}

async function look(app: INestApplication, subscribers: ReadonlyMap<Context, readonly string[]>): Promise<Look> {
  const sql = app.get<SqlSession>(SQL_SESSION);
  const events = new Map<Context, number>();
  const behind: string[] = [];
  for (const context of CONTEXTS) {
    events.set(context, await eventsIn(sql, context));
    behind.push(...(await followersBehind(sql, context, subscribers.get(context) ?? [])));
  }
  const models = await app.get(ProjectionRegistry).statuses();
  behind.push(...models.filter((m) => m.eventsBehind > 0).map((m) => `read model ${m.name} (${m.eventsBehind})`));
  return { events, behind };
}

const total = (look: Look) => [...look.events.values()].reduce((sum, n) => sum + n, 0);
const stateOf = (look: Look) => JSON.stringify([[...look.events.values()], look.behind]);

async function eventsIn(sql: SqlSession, context: Context): Promise<number> {
  const [row] = await sql.query<{ n: string }>(`select count(*)::text as n from ${schemaOf(context)}.rtop_events`);
  return Number(row.n);
}

/**
 * Each follower of the context's store with events after its checkpoint: those with a checkpoint
 * stored, and the consumer groups `expected`, which have none until their first batch is handled.
 */
async function followersBehind(sql: SqlSession, context: Context, expected: readonly string[]): Promise<string[]> {
  const schema = schemaOf(context);
  const rows = await sql.query<{ subscriber: string; behind: string }>(
    `with follower as (
       select jsonb_array_elements_text($1::jsonb) as subscriber
       union select subscriber from ${schema}.rtop_checkpoints
     )
     select f.subscriber,
            (select count(*) from ${schema}.rtop_events e
              where (e.transaction_id, e.global_position) > (coalesce(c.transaction_id, '0'::xid8), coalesce(c.position, 0)))::text as behind
       from follower f left join ${schema}.rtop_checkpoints c using (subscriber)`,
    [JSON.stringify(expected)],
  );
  return rows.filter((row) => Number(row.behind) > 0).map((row) => `${context} log follower ${row.subscriber} (${row.behind})`);
}

/** The checkpoint name of each consumer group the app runs, under each context it follows. */
function consumerGroupsByContext(app: INestApplication): ReadonlyMap<Context, readonly string[]> {
  const reactions = app
    .get(DiscoveryService)
    .getProviders()
    .map((wrapper) => wrapper.instance as unknown)
    .filter((instance): instance is EventLogReaction => instance instanceof EventLogReaction);
  return new Map(
    CONTEXTS.map((context) => [
      context,
      reactions.filter((r) => r.consumer.contexts.includes(context)).map((r) => groupCheckpoint(r.consumer.group)),
    ]),
  );
}
