import { SQL_SESSION, SqlSession, schemaOf } from '@rtop/event-store';
import { runCli } from '../../apps/cli/src/run-cli';
import { READ_MODELS } from '../../apps/cli/src/read-models';
import { playKenya2008 } from '../../scripts/demo/kenya-2008';
import { Standalone, startStandalone } from '../standalone/standalone-harness';

/** Every row of a read model's tables, in a stable order: what "the same model" means. */
async function contentsOf(sql: SqlSession): Promise<Record<string, string[]>> {
  const contents: Record<string, string[]> = {};
  for (const projection of READ_MODELS) {
    for (const table of projection.tables) {
      const qualified = `${schemaOf(projection.context)}.${table}`;
      const rows = await sql.query<{ row: string }>(`select to_jsonb(t)::text as row from ${qualified} t order by 1`);
      contents[qualified] = rows.map((r) => r.row);
    }
  }
  return contents;
}

/** Given the Kenya scenario played on PostgreSQL, when every read model is rebuilt from zero by the command line. */
describe('rtop projections rebuild', () => {
  let rtop: Standalone;
  let sql: SqlSession;
  let live: Record<string, string[]>;
  const output = { stdout: [] as string[], stderr: [] as string[] };

  beforeAll(async () => {
    rtop = await startStandalone('postgres');
    sql = rtop.app.get<SqlSession>(SQL_SESSION);
    await playKenya2008(rtop, () => undefined);
    await rtop.settledEventCount();
    await rtop.registry.caughtUp();
    live = await contentsOf(sql);
  }, 180_000);
  afterAll(async () => {
    await rtop.stop();
  });

  it('runs every model the app keeps', () => {
    expect(READ_MODELS.map((p) => p.name).sort()).toEqual(rtop.registry.all.map((runner) => runner.name).sort());
    expect(Object.values(live).filter((rows) => rows.length > 0).length).toBeGreaterThan(READ_MODELS.length / 2);
  });

  it('builds each model again from the events to exactly the rows it held live, with progress', async () => {
    if (rtop.eventStore.adapter !== 'postgres') throw new Error('this test rebuilds on PostgreSQL');
    const status = await runCli(['projections', 'rebuild'], {
      stdout: (text) => output.stdout.push(text),
      stderr: (text) => output.stderr.push(text),
      env: { DATABASE_URL: rtop.eventStore.databaseUrl },
      fetch,
      interactive: false,
    });
    expect(status).toBe(0);
    await rtop.registry.caughtUp();
    expect(await contentsOf(sql)).toEqual(live);
    for (const projection of READ_MODELS) expect(output.stdout.join('')).toContain(`${projection.name}: rebuilt from `);
    expect(output.stderr.join('')).toMatch(/rebuild accountability\.timeline: \d+ events \/ \d+ events \(100%\)/);
  }, 120_000);

  it('rebuilds one model by name, and names the models when asked for one that does not exist', async () => {
    const io = {
      stdout: () => undefined,
      stderr: (text: string) => output.stderr.push(text),
      env: { DATABASE_URL: (rtop.eventStore as { databaseUrl: string }).databaseUrl },
      fetch,
      interactive: false,
    };
    expect(await runCli(['projections', 'rebuild', '--name', 'accountability.case-directory'], io)).toBe(0);
    expect(await runCli(['projections', 'rebuild', '--name', 'no-such-model'], io)).toBe(2);
    expect(output.stderr.join('')).toContain('no read model is named no-such-model');
    await rtop.registry.caughtUp();
    expect(await contentsOf(sql)).toEqual(live);
  }, 60_000);
});
