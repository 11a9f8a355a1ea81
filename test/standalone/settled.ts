import { INestApplication } from '@nestjs/common';
import { CONTEXT_STORES, ContextStores, START_OF_LOG } from '@rtop/event-store';
import { CONTEXTS, Context } from '@rtop/kernel';
import { Lags } from '@rtop/observability';
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
  /** Each consumer group and read model that does not hold every event, with how many it lacks. */
  readonly behind: readonly string[];
}

/**
 * Waits until every reaction of the app has finished, and gives the events each context then
 * holds. Settled means: every consumer group has stored a checkpoint at the head of every store it
 * follows (one that has stored none yet counts from the start of the log), every read model holds
 * every event, and no event was appended between two such looks. These are the lags the app
 * reports on /metrics. A follower handles an event before its checkpoint passes it, so a reaction
 * still under way keeps its group behind the event it reacts to. Throws, naming what is behind,
 * once nothing has moved for STALLED_AFTER_MS.
 */
export async function settledEvents(app: INestApplication): Promise<ReadonlyMap<Context, number>> {
  let last = await look(app);
  let movedAt = Date.now();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, LOOK_EVERY_MS));
    const now = await look(app);
    if (!last.behind.length && !now.behind.length && total(now) === total(last)) return now.events;
    if (stateOf(now) !== stateOf(last)) movedAt = Date.now();
    else if (Date.now() - movedAt > STALLED_AFTER_MS)
      throw new Error(`the app did not settle: nothing moved for ${STALLED_AFTER_MS} ms with ${now.behind.join(', ')} behind`);
    last = now;
  }
}

async function look(app: INestApplication): Promise<Look> {
  const stores = app.get<ContextStores>(CONTEXT_STORES);
  const events = new Map<Context, number>();
  for (const context of CONTEXTS) events.set(context, (await stores.get(context)?.countAfter(START_OF_LOG)) ?? 0);
  const groups = await app.get(Lags).consumers();
  const models = await app.get(ProjectionRegistry).statuses();
  const behind = [
    ...[...groups].filter(([, lag]) => lag > 0).map(([group, lag]) => `consumer group ${group} (${lag})`),
    ...models.filter((m) => m.eventsBehind > 0).map((m) => `read model ${m.name} (${m.eventsBehind})`),
  ];
  return { events, behind };
}

const total = (look: Look) => [...look.events.values()].reduce((sum, n) => sum + n, 0);
const stateOf = (look: Look) => JSON.stringify([[...look.events.values()], look.behind]);
