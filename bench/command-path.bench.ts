import { randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { CONTEXT_STORES, ContextStores, EventStore, NewEvent, START_OF_LOG, SqlEventStore, schemaOf } from '@rtop/event-store';
import { FOCAL_POINT, caseStreamId } from '@rtop/focal-point';
import { mintToken } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { Lags } from '@rtop/observability';
import { ProjectionRegistry } from '@rtop/read-model';
import { Adapter, progress, say, sleep, startBenchApp } from './bench-app';
import { HttpClientThread, Posted } from './http-client';
// The decider itself, so that the seeded events have exactly the shapes a command over HTTP records.
import { Case, CaseCommand, caseDecider } from '../libs/focal-point/src/case/case';
import { CaseEvent } from '../libs/focal-point/src/case/case-events';

/**
 * The command path over real HTTP, on the standalone app, on PGlite and on PostgreSQL.
 *
 * a. Constant cost: `POST /cases/{id}/reports` on a case that already holds 10,000 events beside
 *    the same request on a new case, interleaved request by request so that both see the same
 *    machine; medians, p95 and the ratio big ÷ new of the medians (target ≤ 1.3×).
 * b. Throughput: report commands per second over HTTP from 1 and 8 concurrent clients on new cases,
 *    beside `SqlEventStore.append` of the same event (a report filed, as a command records it) from
 *    1 and 8 concurrent writers on the same database in the same run, rounds alternating; the ratio
 *    HTTP ÷ store of the medians (target ≥ 0.3×). The store's writers append to a schema of their
 *    own, which nothing follows: the store's own cost, without the reactions a command sets off.
 *    The read side is let catch up (untimed) after each HTTP round, so a round's backlog does not
 *    weigh on the next.
 *    The clients send their requests from a worker thread of their own, as clients in other
 *    processes would, so the server's event loop does only the server's work.
 *    Beside them, the app's floor: GET /health/live from the same clients, the lightest request
 *    the framework answers. A command adds a token, a body, a decision, a store and its reactions
 *    to that, so the floor ÷ store ratio bounds what the command path can reach on this machine.
 * c. Append from 8 writers beside raw SQL: bench/event-store.bench.ts (`npm run bench:store`).
 *
 * The big case is seeded by appending to the focal-point store directly, in batches, as the case
 * decider decides; then the read side is waited for (with progress) and one warm-up command is sent.
 *
 * RTOP_BENCH_SCALE=0.1 runs the same at a tenth (1,000 events on the big case, fewer samples) for a
 * quick check; RTOP_BENCH_ADAPTERS=pglite (or postgres) runs one adapter only;
 * RTOP_BENCH_CPU_PROFILE=file.cpuprofile profiles the measured phases only (not seeding or catching up).
 */
const SCALE = Number(process.env.RTOP_BENCH_SCALE ?? 1);
const ADAPTERS = (process.env.RTOP_BENCH_ADAPTERS ?? 'pglite,postgres').split(',').map((a) => a.trim()) as Adapter[];
const CPU_PROFILE = process.env.RTOP_BENCH_CPU_PROFILE;
const BIG_CASE_EVENTS = Math.max(100, Math.round(10_000 * SCALE));
/** Timed requests on each of the two cases in (a). */
const SAMPLES = Number(process.env.RTOP_BENCH_SAMPLES ?? Math.max(20, Math.round(200 * SCALE)));
/** Commands (and appends) per round in (b). */
const THROUGHPUT_OPERATIONS = Math.ceil(Math.max(80, Number(process.env.RTOP_BENCH_OPERATIONS ?? Math.round(800 * SCALE))) / 80) * 80;
const ROUNDS = Number(process.env.RTOP_BENCH_ROUNDS ?? 3);
/** In (b), each client files this many reports on each new case it opened. */
const REPORTS_PER_NEW_CASE = 10;
const WARM_UP = 5;
const CATCH_UP_TIMEOUT_MS = Number(process.env.RTOP_BENCH_CATCH_UP_MS ?? 60 * 60 * 1000);

/** The machine's load over the last minute: a figure measured on a busy shared machine says so. */
const load = () => loadavg()[0];

// ---------------------------------------------------------------------------------------------
// The app
// ---------------------------------------------------------------------------------------------

async function startApp(adapter: Adapter) {
  const { app, baseUrl, sql, tokenKey, stop } = await startBenchApp(adapter, 'command');
  // Node closes a socket idle for 5 s; on a loaded machine the client may reuse it just then and
  // the request fails with ECONNRESET. The bench's own clients keep their sockets for the run.
  app.getHttpServer().keepAliveTimeout = 10 * 60 * 1000;
  const unowned = { ...sql, close: () => Promise.resolve() };
  const focalPoint = await SqlEventStore.open(unowned, schemaOf(FOCAL_POINT));
  // The store alone: a schema of its own that no projection or follower reads.
  const bare = await SqlEventStore.open(unowned, `rtop_bench_append_${randomBytes(3).toString('hex')}`);
  const client = new HttpClientThread();
  return {
    client,
    adapter,
    baseUrl,
    sql,
    focalPoint,
    bare,
    registry: app.get(ProjectionRegistry),
    lags: app.get(Lags),
    stores: app.get<ContextStores>(CONTEXT_STORES),
    /** A fresh token per phase: a long run outlives none. */
    token: () => mintToken(tokenKey, jointOffice),
    stop: async () => {
      await client.stop();
      await stop();
    },
  };
}
type App = Awaited<ReturnType<typeof startApp>>;

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

const jointOffice: Actor = { body: 'un-joint-office', person: 'Special Adviser on the Prevention of Genocide', role: 'officer' };

const newCaseBody = (n: number) => ({
  situation: `Bench situation ${n}`,
  crimes: [{ crime: 'crimes-against-humanity', incitement: true }, { crime: 'ethnic-cleansing' }],
  summary: `Bench case ${n}: violence after a disputed presidential election`,
});

/** The body test/standalone/case-workflow.e2e.spec.ts files. */
const reportBody = (n: number) => ({
  source: { name: `Bench witness ${n % 17}`, protected: true },
  channel: 'un-field-presence',
  credibility: 2,
  observedAt: '2008-01-01T12:00:00Z',
  location: `District ${n % 97}, Rift Valley`,
  riskFactors: [8, 11],
  summary: `Report ${n}: church sheltering displaced families set on fire`,
});

async function post(app: App, token: string, path: string, body: object): Promise<Posted> {
  return app.client.post(app.baseUrl + path, token, body);
}

let serial = 0;

async function openCase(app: App, token: string): Promise<string> {
  const opened = await post(app, token, '/cases', newCaseBody(serial++));
  if (opened.status !== 201) throw new Error(`POST /cases answered ${opened.status}: ${JSON.stringify(opened.json)}`);
  return opened.json.caseId as string;
}

async function fileReport(app: App, token: string, caseId: string): Promise<{ ms: number; status: number }> {
  const filed = await post(app, token, `/cases/${caseId}/reports`, reportBody(serial++));
  if (filed.status !== 201) throw new Error(`POST /cases/${caseId}/reports answered ${filed.status}: ${JSON.stringify(filed.json)}`);
  return filed;
}

// ---------------------------------------------------------------------------------------------
// Seeding the big case: events as the decider records them, appended in batches
// ---------------------------------------------------------------------------------------------

function decided(commands: readonly CaseCommand[]): CaseEvent[] {
  let state: Case = caseDecider.initialState;
  const events: CaseEvent[] = [];
  for (const command of commands) {
    for (const event of caseDecider.decide(command, state)) {
      events.push(event);
      state = caseDecider.evolve(state, event);
    }
  }
  return events;
}

const reportCommand = (caseId: string, at: Date, n: number): CaseCommand => ({
  type: 'file-information-report',
  caseId,
  actor: jointOffice,
  at,
  reportId: randomUUID(),
  source: { kind: 'protected', pseudonym: `source-${randomBytes(8).toString('hex')}` },
  channel: 'un-field-presence',
  reliability: 'F',
  credibility: 2,
  observedAt: '2008-01-01T12:00:00Z',
  location: `District ${n % 97}, Rift Valley`,
  riskFactors: [8, 11],
  summary: `Report ${n}: church sheltering displaced families set on fire`,
});

/** The metadata decideAndAppend records with a command's events. */
const metadataOf = (caseId: string) => ({
  caseId,
  context: FOCAL_POINT,
  schemaVersion: 1,
  actor: jointOffice,
  occurredAt: new Date().toISOString(),
});

/** A report filed, as a command records it, to append again under a new id. */
type ReportFiled = Extract<CaseEvent, { type: 'information-report-filed' }>;
let reportTemplate: ReportFiled | undefined;
function anotherReport(n: number): ReportFiled {
  if (!reportTemplate) throw new Error('the big case is seeded first: its first report is the template');
  return {
    type: 'information-report-filed',
    data: { ...reportTemplate.data, reportId: randomUUID(), summary: `Report ${n}: church sheltering displaced families set on fire` },
  };
}

async function seedBigCase(app: App): Promise<string> {
  const caseId = randomUUID();
  const at = new Date();
  const head = decided([{ type: 'open-case', caseId, actor: jointOffice, at, ...newCaseBody(-1) }, reportCommand(caseId, at, 0)]);
  const [, firstReport] = head;
  if (firstReport.type !== 'information-report-filed') throw new Error(`the decider filed a report as ${firstReport.type}`);
  reportTemplate = firstReport;
  const started = performance.now();
  let seeded = 0;
  let batch: CaseEvent[] = head;
  while (seeded < BIG_CASE_EVENTS) {
    const metadata = metadataOf(caseId);
    const recorded: NewEvent[] = batch.map((event) => ({ eventId: randomUUID(), type: event.type, data: event.data, metadata }));
    await app.focalPoint.append(caseStreamId(caseId), recorded, seeded === 0 ? 'no_stream' : BigInt(seeded - 1));
    seeded += batch.length;
    progress(
      `seeding a case with ${BIG_CASE_EVENTS} events (${(seeded / ((performance.now() - started) / 1000)).toFixed(0)} ev/s)`,
      seeded,
      BIG_CASE_EVENTS,
    );
    batch = Array.from({ length: Math.min(500, BIG_CASE_EVENTS - seeded) }, (_, i) => anotherReport(seeded + i));
  }
  return caseId;
}

// ---------------------------------------------------------------------------------------------
// Waiting for the read side
// ---------------------------------------------------------------------------------------------

/**
 * Waits until the read side is quiet: every projection and every follower of every context's log
 * holds every event, or nothing has moved for a few seconds (a model left behind is named once).
 * Returns the seconds it took.
 */
async function settle(app: App, label: string): Promise<number> {
  const started = Date.now();
  let quiet = 0;
  let last = '';
  for (;;) {
    const [projections, followers, total] = await Promise.all([projectionsBehind(app), followersBehind(app), eventsInStore(app)]);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    process.stderr.write(
      `\r  ${label}: projections ${projections} behind, log followers ${followers} behind, ${total} events in all contexts (${seconds} s)   `,
    );
    const now = `${projections}/${followers}/${total}`;
    quiet = now === last ? quiet + 1 : 0;
    last = now;
    if (quiet >= (projections === 0 && followers === 0 ? 2 : 8)) break;
    if (Date.now() - started > CATCH_UP_TIMEOUT_MS) throw new Error(`the read side did not catch up within ${CATCH_UP_TIMEOUT_MS} ms`);
    await sleep(500);
  }
  process.stderr.write('\n');
  const behind = (await app.registry.statuses()).filter((s) => s.eventsBehind > 0);
  const names = behind.map((s) => `${s.name} (${s.eventsBehind})`).join(', ');
  if (behind.length && !stuckReported.has(names)) {
    stuckReported.add(names);
    say(`  note: projections that stay behind with nothing moving: ${names}`);
  }
  return (Date.now() - started) / 1000;
}
const stuckReported = new Set<string>();

async function projectionsBehind(app: App): Promise<number> {
  const statuses = await app.registry.statuses();
  return statuses.reduce((sum, s) => sum + s.eventsBehind, 0);
}

/** The consumer groups' lag, as /metrics reports it. */
async function followersBehind(app: App): Promise<number> {
  const lags = await app.lags.consumers();
  return [...lags.values()].reduce((sum, lag) => sum + lag, 0);
}

async function eventsInStore(app: App): Promise<number> {
  const counts = await Promise.all([...app.stores.values()].map((store) => store.countAfter(START_OF_LOG)));
  return counts.reduce((sum, n) => sum + n, 0);
}

// ---------------------------------------------------------------------------------------------
// Profiling the measured phases only
// ---------------------------------------------------------------------------------------------

const profiler = CPU_PROFILE ? { session: new Session(), file: CPU_PROFILE } : undefined;
const inspect = (session: Session, method: string, params?: object) =>
  new Promise<unknown>((resolve, reject) => {
    session.post(method, params, (error, result) => {
      if (error) reject(error);
      else resolve(result);
    });
  });
async function profiled<T>(work: () => Promise<T>): Promise<T> {
  if (!profiler) return work();
  await inspect(profiler.session, 'Profiler.start');
  try {
    return await work();
  } finally {
    await inspect(profiler.session, 'Profiler.stop').then((result) => profiles.push((result as { profile: object }).profile));
  }
}
const profiles: object[] = [];

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

interface Latency {
  readonly median: number;
  readonly p95: number;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const latency = (times: readonly number[]): Latency => {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95) };
};
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** (a) A report on the big case, then one on a case opened just before (the opening untimed), SAMPLES times. */
async function constantCost(app: App, bigCaseId: string): Promise<AdapterResult['constant']> {
  const token = app.token();
  for (let i = 0; i < WARM_UP; i++) {
    await fileReport(app, token, bigCaseId);
    await fileReport(app, token, await openCase(app, token));
  }
  const big: number[] = [];
  const fresh: number[] = [];
  await profiled(async () => {
    for (let i = 0; i < SAMPLES; i++) {
      const newCase = await openCase(app, token);
      // Alternate which goes first, so neither always follows the reactions of the other.
      if (i % 2) {
        fresh.push((await fileReport(app, token, newCase)).ms);
        big.push((await fileReport(app, token, bigCaseId)).ms);
      } else {
        big.push((await fileReport(app, token, bigCaseId)).ms);
        fresh.push((await fileReport(app, token, newCase)).ms);
      }
      progress('POST /cases/{id}/reports, big case and new case alternately', i + 1, SAMPLES);
    }
  });
  return { big: latency(big), fresh: latency(fresh), load: load() };
}

async function concurrently(
  clients: number,
  total: number,
  label: string,
  work: (client: number, index: number) => Promise<void>,
): Promise<number> {
  let done = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let index = 0; index < total / clients; index++) {
        await work(client, index);
        progress(label, ++done, total);
      }
    }),
  );
  return total / ((performance.now() - started) / 1000);
}

/** (b) Report commands per second over HTTP; each client files on new cases of its own, opened beforehand. */
async function httpThroughput(app: App, clients: number): Promise<number> {
  const token = app.token();
  const perClient = THROUGHPUT_OPERATIONS / clients;
  const casesPerClient = Math.ceil(perClient / REPORTS_PER_NEW_CASE);
  const cases: string[][] = [];
  for (let client = 0; client < clients; client++) {
    cases.push([]);
    for (let i = 0; i < casesPerClient; i++) cases[client].push(await openCase(app, token));
    progress(`opening new cases for ${clients} client(s)`, (client + 1) * casesPerClient, clients * casesPerClient);
  }
  await settle(app, 'read side catching up before the round');
  return profiled(() =>
    concurrently(clients, THROUGHPUT_OPERATIONS, `report commands over HTTP, ${clients} client(s)`, async (client, index) => {
      await fileReport(app, token, cases[client][Math.floor(index / REPORTS_PER_NEW_CASE)]);
    }),
  );
}

/**
 * (b) The app's floor: GET /health/live, the lightest request it answers (no token, no body, no
 * database), from the same clients. No command can go faster than the framework answers this.
 */
async function floorThroughput(app: App, clients: number): Promise<number> {
  return concurrently(clients, THROUGHPUT_OPERATIONS, `GET /health/live, ${clients} client(s)`, async () => {
    const answered = await app.client.get(`${app.baseUrl}/health/live`);
    if (answered.status !== 200) throw new Error(`GET /health/live answered ${answered.status}`);
  });
}

/** (b) SqlEventStore.append of the same event, each writer on streams of its own, REPORTS_PER_NEW_CASE events a stream. */
async function storeThroughput(store: EventStore, writers: number): Promise<number> {
  const run = randomBytes(4).toString('hex');
  return concurrently(writers, THROUGHPUT_OPERATIONS, `SqlEventStore.append, ${writers} writer(s)`, async (writer, index) => {
    const stream = `${FOCAL_POINT}-case-${run}-${writer}-${Math.floor(index / REPORTS_PER_NEW_CASE)}`;
    const revision = index % REPORTS_PER_NEW_CASE;
    const event = anotherReport(index);
    await store.append(
      stream,
      [{ eventId: randomUUID(), type: event.type, data: event.data, metadata: metadataOf(randomUUID()) }],
      revision === 0 ? 'no_stream' : BigInt(revision - 1),
    );
  });
}

interface AdapterResult {
  readonly adapter: Adapter;
  readonly bigCaseEvents: number;
  /** The first command on the big case: its state folded from the first event. */
  readonly warmUpMs: number;
  readonly constant: { big: Latency; fresh: Latency; load: number };
  readonly throughput: { clients: number; http: number[]; store: number[]; floor: number[]; load: number[] }[];
  readonly settleSeconds: number[];
}

async function benchAdapter(adapter: Adapter): Promise<AdapterResult> {
  say(`\n== ${adapter}: starting the standalone app`);
  const app = await startApp(adapter);
  try {
    const bigCaseId = await seedBigCase(app);
    await settle(app, 'read side catching up with the seeded case');
    const warm = await fileReport(app, app.token(), bigCaseId);
    say(`  warm-up command on the big case: ${warm.ms.toFixed(1)} ms (its state folded once, then kept)`);
    await settle(app, 'read side catching up with the warm-up');
    const [{ n }] = await app.sql.query<{ n: string }>(
      `select count(*)::text as n from ${schemaOf(FOCAL_POINT)}.rtop_events where stream_id = $1`,
      [caseStreamId(bigCaseId)],
    );
    const events = Number(n);

    say(`(a) constant cost: ${SAMPLES} reports on a case of ${events} events and ${SAMPLES} on new cases, interleaved`);
    const constant = await constantCost(app, bigCaseId);
    await settle(app, 'read side catching up');

    const throughput: AdapterResult['throughput'] = [];
    const settleSeconds: number[] = [];
    for (const clients of [1, 8]) {
      const http: number[] = [];
      const store: number[] = [];
      const floor: number[] = [];
      const loads: number[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        say(
          `(b) throughput, ${clients} concurrent client(s)/writer(s), round ${round}/${ROUNDS}: ${THROUGHPUT_OPERATIONS} operations each`,
        );
        store.push(await storeThroughput(app.bare, clients));
        floor.push(await floorThroughput(app, clients));
        http.push(await httpThroughput(app, clients));
        loads.push(load());
        settleSeconds.push(await settle(app, 'read side catching up after the round (untimed)'));
        say(
          `  round ${round}: HTTP ${http[round - 1].toFixed(0)} commands/s, store ${store[round - 1].toFixed(0)} appends/s, ratio ${(http[round - 1] / store[round - 1]).toFixed(2)}×, GET /health/live ${floor[round - 1].toFixed(0)}/s, load average ${loads[round - 1].toFixed(1)}`,
        );
      }
      throughput.push({ clients, http, store, floor, load: loads });
    }
    return { adapter, bigCaseEvents: events, warmUpMs: warm.ms, constant, throughput, settleSeconds };
  } finally {
    await app.stop();
  }
}

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;
const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

function report(results: readonly AdapterResult[]): void {
  console.log(
    `\nrtop command path over HTTP (standalone app) — scale ${SCALE}: ${SAMPLES} samples per case in (a), ${THROUGHPUT_OPERATIONS} operations per round in (b), medians of ${ROUNDS} rounds`,
  );
  for (const r of results) {
    const { big, fresh } = r.constant;
    const ratio = big.median / fresh.median;
    console.log(`\n${r.adapter}`);
    console.log(
      `  (a) POST /cases/{id}/reports, case of ${String(r.bigCaseEvents).padStart(6)} events   median ${ms(big.median)}   p95 ${ms(big.p95)}`,
    );
    console.log(`      POST /cases/{id}/reports, new case               median ${ms(fresh.median)}   p95 ${ms(fresh.p95)}`);
    console.log(`      (the first command on that case, its state folded from the first event: ${r.warmUpMs.toFixed(0)} ms)`);
    console.log(
      `      ratio of medians big ÷ new ${ratio.toFixed(2)}× (target ≤ 1.3×) ${verdict(ratio <= 1.3)}; ratio of p95 ${(big.p95 / fresh.p95).toFixed(2)}×; load average ${r.constant.load.toFixed(1)}`,
    );
    for (const t of r.throughput) {
      const http = median(t.http);
      const store = median(t.store);
      console.log(
        `  (b) ${t.clients} concurrent: HTTP ${http.toFixed(0).padStart(5)} commands/s   SqlEventStore.append ${store.toFixed(0).padStart(6)} appends/s   ratio ${(http / store).toFixed(2)}× (target ≥ 0.3×) ${verdict(http / store >= 0.3)}   [rounds: ${t.http.map((h, i) => (h / t.store[i]).toFixed(2)).join(', ')}; load average ${t.load.map((l) => l.toFixed(1)).join(', ')}]`,
      );
      const floor = median(t.floor);
      console.log(
        `      the app's floor, GET /health/live: ${floor.toFixed(0).padStart(5)}/s, ratio ${(floor / store).toFixed(2)}× the store: the most any command could reach`,
      );
    }
    console.log(`      read side caught up after each HTTP round in ${r.settleSeconds.map((s) => s.toFixed(0)).join(', ')} s (untimed)`);
  }
  console.log(
    '\n  (c) append from 8 writers beside raw SQL: see the event store benchmark (npm run bench:store), printed first by npm run bench',
  );
}

async function main(): Promise<void> {
  if (profiler) {
    profiler.session.connect();
    await inspect(profiler.session, 'Profiler.enable');
  }
  const results: AdapterResult[] = [];
  for (const adapter of ADAPTERS) results.push(await benchAdapter(adapter));
  if (profiler) {
    // One profile of all the measured phases: their samples, one after another.
    writeFileSync(profiler.file, JSON.stringify(mergeProfiles(profiles as CpuProfile[])));
    say(`CPU profile of the measured phases: ${profiler.file}`);
  }
  report(results);
}

interface CpuProfile {
  nodes: { id: number; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Several profiles as one: node ids renumbered apart, samples concatenated. */
function mergeProfiles(all: readonly CpuProfile[]): CpuProfile {
  const merged: CpuProfile = {
    nodes: [],
    startTime: all[0]?.startTime ?? 0,
    endTime: all[all.length - 1]?.endTime ?? 0,
    samples: [],
    timeDeltas: [],
  };
  let offset = 0;
  for (const profile of all) {
    const shift = (id: number) => id + offset;
    merged.nodes.push(...profile.nodes.map((node) => ({ ...node, id: shift(node.id), children: node.children?.map(shift) })));
    merged.samples.push(...profile.samples.map(shift));
    merged.timeDeltas.push(...profile.timeDeltas);
    offset += Math.max(...profile.nodes.map((node) => node.id));
  }
  return merged;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
