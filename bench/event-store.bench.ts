import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Pool } from 'pg';
import { EventStore, START_OF_LOG, SqlEventStore, postgresSession } from '@rtop/event-store';
import { ADMIN_URL, progress } from './bench-app';

/**
 * Measures the PostgreSQL adapter beside the same work in raw SQL on the same server in the same
 * run, and prints the ratios (adapter ÷ raw; above 1 means the adapter is faster).
 * Targets: append ≥ 0.8× raw at the same concurrency; global-log read ≥ 0.7× a raw cursor read;
 * the standalone process below 250 MB resident at rest.
 */
/**
 * An append round is cut in slices, raw and adapter taking turns, so that a change in a shared
 * machine's load (seconds long) falls on both alike rather than on whichever ran second.
 */
const SLICES = 5;
/** Appends per round on each side: whole slices of whole turns for 8 writers. */
const APPENDS = Math.ceil(Number(process.env.RTOP_BENCH_APPENDS ?? 4000) / (SLICES * 8)) * SLICES * 8;
const READ_EVENTS = Number(process.env.RTOP_BENCH_READ_EVENTS ?? 100_000);
const ROUNDS = 3;
/** Append rounds are short (well under a second each at 8 writers): more of them, alternating which goes first, on a busy machine. */
const APPEND_ROUNDS = Number(process.env.RTOP_BENCH_APPEND_ROUNDS ?? 7);

const payload = () => ({
  data: { reportId: randomUUID(), summary: 'x'.repeat(200), riskFactors: [1, 8, 11], credibility: 2 },
  metadata: { caseId: randomUUID(), context: 'bench', schemaVersion: 1 },
});

async function timed(run: () => Promise<number>): Promise<number> {
  const start = process.hrtime.bigint();
  const operations = await run();
  return operations / (Number(process.hrtime.bigint() - start) / 1e9);
}

async function seconds(run: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await run();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

async function concurrently(writers: number, total: number, label: string, write: (writer: number, index: number) => Promise<void>) {
  let done = 0;
  await Promise.all(
    Array.from({ length: writers }, async (_, writer) => {
      for (let index = 0; index < total / writers; index++) {
        await write(writer, index);
        progress(label, ++done, total);
      }
    }),
  );
  return total;
}

async function appendRound(store: EventStore, raw: Pool, writers: number, adapterFirst: boolean) {
  const run = randomBytes(4).toString('hex');
  const perSlice = APPENDS / SLICES;
  /** Each writer keeps one stream for the round: its revisions go on from slice to slice. */
  const revisionOf = (slice: number, index: number) => (slice * perSlice) / writers + index;
  const rawSlice = (slice: number) =>
    seconds(() =>
      concurrently(writers, perSlice, `raw insert, ${writers} writer(s), slice ${slice + 1}/${SLICES}`, async (writer, index) => {
        const { data, metadata } = payload();
        await raw.query('insert into raw_events (event_id, stream_id, revision, type, data, metadata) values ($1, $2, $3, $4, $5, $6)', [
          randomUUID(),
          `raw-${run}-${writer}`,
          revisionOf(slice, index),
          'information-report-filed',
          data,
          metadata,
        ]);
      }),
    );
  const adapterSlice = (slice: number) =>
    seconds(() =>
      concurrently(writers, perSlice, `adapter append, ${writers} writer(s), slice ${slice + 1}/${SLICES}`, async (writer, index) => {
        const { data, metadata } = payload();
        const revision = revisionOf(slice, index);
        await store.append(
          `bench-${run}-${writer}`,
          [{ eventId: randomUUID(), type: 'information-report-filed', data, metadata }],
          revision === 0 ? 'no_stream' : BigInt(revision - 1),
        );
      }),
    );
  let rawSeconds = 0;
  let adapterSeconds = 0;
  for (let slice = 0; slice < SLICES; slice++) {
    if (adapterFirst === (slice % 2 === 0)) {
      adapterSeconds += await adapterSlice(slice);
      rawSeconds += await rawSlice(slice);
    } else {
      rawSeconds += await rawSlice(slice);
      adapterSeconds += await adapterSlice(slice);
    }
  }
  return { rawRate: APPENDS / rawSeconds, adapterRate: APPENDS / adapterSeconds };
}

async function readRound(store: EventStore, url: string) {
  const adapterRate = await timed(async () => {
    let from = START_OF_LOG;
    let read = 0;
    for (;;) {
      const page = await store.readGlobalLog(from, 1000);
      if (!page.events.length) return read;
      read += page.events.length;
      from = page.next;
      progress('adapter global-log read', Math.min(read, READ_EVENTS), READ_EVENTS);
    }
  });
  const client = new Client({ connectionString: url });
  await client.connect();
  const rawRate = await timed(async () => {
    await client.query('begin');
    await client.query(
      'declare log cursor for select global_position, transaction_id, event_id, stream_id, revision, type, data, metadata, recorded_at from rtop_events order by global_position',
    );
    let read = 0;
    for (;;) {
      const { rows } = await client.query('fetch 1000 from log');
      if (!rows.length) break;
      read += rows.length;
      progress('raw cursor read', Math.min(read, READ_EVENTS), READ_EVENTS);
    }
    await client.query('commit');
    return read;
  });
  await client.end();
  return { rawRate, adapterRate };
}

async function standaloneRestingRss(): Promise<number> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rtop-bench-'));
  const main = join(__dirname, '..', 'apps', 'standalone', 'src', 'main.js');
  // The same node flags as `npm start`: a small young generation suits a mostly idle service.
  const child = spawn(process.execPath, ['--max-semi-space-size=2', main], {
    env: { ...process.env, DATABASE_URL: '', RTOP_DATA_DIR: dataDir, PORT: '39871' },
    stdio: 'ignore',
  });
  try {
    for (let attempt = 0; attempt < 120; attempt++) {
      const ok = await fetch('http://127.0.0.1:39871/health').then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    process.stderr.write('  standalone up; letting it settle for 5 s\n');
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    if (!rss) throw new Error(`no VmRSS in /proc/${child.pid}/status`);
    return Number(rss[1]) / 1024;
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const line = (name: string, adapter: number, raw: number, target: number, unit: string) =>
  `${name.padEnd(34)} adapter ${adapter.toFixed(0).padStart(8)} ${unit}   raw ${raw.toFixed(0).padStart(8)} ${unit}   ratio ${(adapter / raw).toFixed(2)}× (target ≥ ${target}×) ${adapter / raw >= target ? 'met' : 'NOT MET'}`;

async function main(): Promise<void> {
  const name = `rtop_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
  const store = await SqlEventStore.open(postgresSession(url, 10));
  const raw = new Pool({ connectionString: url, max: 10 });
  await raw.query('create table raw_events (like rtop_events including all)');
  const report: string[] = [];
  try {
    for (const writers of [1, 8]) {
      const rounds = [];
      for (let round = 1; round <= APPEND_ROUNDS; round++) {
        process.stderr.write(`append, ${writers} writer(s), round ${round}/${APPEND_ROUNDS}\n`);
        rounds.push(await appendRound(store, raw, writers, round % 2 === 0));
      }
      report.push(
        line(
          `append, ${writers} concurrent writer(s)`,
          median(rounds.map((r) => r.adapterRate)),
          median(rounds.map((r) => r.rawRate)),
          0.8,
          'ev/s',
        ),
      );
      report.push(
        `${''.padEnd(34)} per round: ${rounds.map((r) => (r.adapterRate / r.rawRate).toFixed(2)).join(', ')} (median ${median(rounds.map((r) => r.adapterRate / r.rawRate)).toFixed(2)}×); load average ${loadavg()[0].toFixed(1)}`,
      );
    }

    process.stderr.write(`filling the log to ${READ_EVENTS} events\n`);
    const have = (await store.readGlobalLog(START_OF_LOG, 1_000_000)).events.length;
    for (let written = have; written < READ_EVENTS; written += 100) {
      const { data, metadata } = payload();
      await store.append(
        `fill-${written}`,
        Array.from({ length: 100 }, () => ({ eventId: randomUUID(), type: 'fill', data, metadata })),
        'no_stream',
      );
      progress('fill', Math.min(written + 100, READ_EVENTS), READ_EVENTS);
    }
    const reads = [];
    for (let round = 1; round <= ROUNDS; round++) {
      process.stderr.write(`global-log read, round ${round}/${ROUNDS}\n`);
      reads.push(await readRound(store, url));
    }
    report.push(
      line('global-log read (pages of 1000)', median(reads.map((r) => r.adapterRate)), median(reads.map((r) => r.rawRate)), 0.7, 'ev/s') +
        `; load average ${loadavg()[0].toFixed(1)}`,
    );

    process.stderr.write('standalone resident memory at rest\n');
    const rss = await standaloneRestingRss();
    report.push(`${'standalone RSS at rest (PGlite)'.padEnd(34)} ${rss.toFixed(0)} MB (target < 250 MB) ${rss < 250 ? 'met' : 'NOT MET'}`);
  } finally {
    await store.close();
    await raw.end();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  console.log(
    `\nrtop event store benchmark — PostgreSQL ${url.replace(/\/[^/]*$/, '')}, ${APPENDS} appends per case, medians of ${APPEND_ROUNDS} append rounds and ${ROUNDS} read rounds`,
  );
  for (const row of report) console.log(row);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
