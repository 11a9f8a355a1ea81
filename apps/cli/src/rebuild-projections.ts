import { EventStoreConfig, SqlEventStore, openSqlSession, schemaOf } from '@rtop/event-store';
import { Projection, ProjectionRunner } from '@rtop/read-model';
import { CliIo, EXIT } from './cli-io';
import { progressOn } from './progress';

export interface RebuildRequest {
  readonly store: EventStoreConfig;
  readonly projections: readonly Projection[];
  /** One model's name; every model when absent. */
  readonly name?: string;
}

/**
 * Drops read models' tables, makes them in the shape of this release's version of each and builds
 * them again from their contexts' events, straight on the database: a running server's runners
 * notice the checkpoint moved and carry on from it.
 */
export async function rebuildProjections(request: RebuildRequest, io: CliIo): Promise<number> {
  const chosen = request.name ? request.projections.filter((p) => p.name === request.name) : request.projections;
  if (!chosen.length) {
    io.stderr(`rtop: no read model is named ${request.name}; there are:\n${request.projections.map((p) => `  ${p.name}\n`).join('')}`);
    return EXIT.usage;
  }
  const sql = await openSqlSession(request.store);
  try {
    for (const projection of chosen) {
      const store = await SqlEventStore.open({ ...sql, close: () => Promise.resolve() }, schemaOf(projection.context));
      const show = progressOn(io, `rebuild ${projection.name}`, 1, (n) => `${n} events`);
      const started = Date.now();
      let applied = 0;
      await new ProjectionRunner(projection, store, sql, { batchSize: 500 }).rebuild(({ done, total }) => {
        applied = done;
        show(done, total);
      });
      io.stdout(`${projection.name}: rebuilt from ${applied} events in ${Date.now() - started} ms\n`);
    }
    return EXIT.ok;
  } finally {
    await sql.close();
  }
}
