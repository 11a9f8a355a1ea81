import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CONTEXT_STORES, ContextStores, NewEvent, SqlEventStore, schemaOf } from '@rtop/event-store';
import { FOCAL_POINT, caseStreamId } from '@rtop/focal-point';
import { mintToken } from '@rtop/identity';
import { Actor, Body, CONTEXTS } from '@rtop/kernel';
import { ProjectionRegistry } from '@rtop/read-model';
import { Adapter, progress, say, sleep, startBenchApp } from './bench-app';
// The decider itself, so that the seeded events have exactly the shapes a command over HTTP records.
import { Case, CaseCommand, caseDecider } from '../libs/focal-point/src/case/case';
import { CaseEvent } from '../libs/focal-point/src/case/case-events';

/**
 * The read side over real HTTP, on the standalone app, on PGlite and on PostgreSQL.
 *
 * 1. Latency of `GET /cases` (first page, and filtered) and of one timeline page, with 1,000 and
 *    then 100,000 events in the store: the ratio 100k ÷ 1k of the medians (target ≤ 1.5×) says
 *    whether a read costs what it answers, not what the store holds.
 * 2. `/health` p99 while 100 requests to `GET /accountability/figures` are always in flight, on a
 *    ledger of 20,000+ entries (target < 250 ms), beside `/health` p99 with no load in the same run.
 *
 * The events are appended to the focal-point store directly, in batches (over HTTP, 100k events
 * would take hours), as the case decider decides them; then every projection and every follower of
 * the log is waited for, with progress.
 *
 * The app runs in this process, as the standalone app's tests run it: the client shares its event
 * loop, so a loaded loop delays the client's timing too, and /health under load measures how long
 * the process leaves a request unanswered.
 *
 * RTOP_BENCH_SCALE=0.05 runs the same at 5,000 events for a quick check; RTOP_BENCH_ADAPTERS=pglite
 * (or postgres) runs one adapter only.
 */
const SCALE = Number(process.env.RTOP_BENCH_SCALE ?? 1);
const ADAPTERS = (process.env.RTOP_BENCH_ADAPTERS ?? 'pglite,postgres').split(',').map((a) => a.trim()) as Adapter[];
const LARGE = Math.max(500, Math.round(100_000 * SCALE));
const SMALL = Math.min(1_000, Math.round(LARGE / 5));
const LEDGER_TARGET = Math.round(20_000 * SCALE);
/** Sequential requests per measured operation (after a warm-up). */
const SAMPLES = Number(process.env.RTOP_BENCH_SAMPLES ?? 200);
const WARM_UP = 50;
const CONCURRENCY = 100;
/** The share of the events that go to the one big case whose timeline is paged. */
const BIG_CASE_SHARE = 0.1;
const REPORTS_PER_CASE = 20;
/** How long nothing may move on the read side, while something is behind, before the run goes on without it. */
const STALL_MS = Number(process.env.RTOP_BENCH_STALL_MS ?? 120_000);
/** How long /health is sampled under load at most. */
const LOAD_MAX_MS = Number(process.env.RTOP_BENCH_LOAD_MAX_MS ?? 120_000);
const CATCH_UP_TIMEOUT_MS = Number(process.env.RTOP_BENCH_CATCH_UP_MS ?? 2 * 60 * 60 * 1000);

// ---------------------------------------------------------------------------------------------
// The app
// ---------------------------------------------------------------------------------------------

async function startApp(adapter: Adapter) {
  const { app, baseUrl, sql, tokenKey, stop } = await startBenchApp(adapter, 'read');
  // The app's own store: a seeded append wakes the app's followers as its own appends do.
  const own = app.get<ContextStores>(CONTEXT_STORES).get(FOCAL_POINT);
  if (!own) say(`${adapter}: the app's focal-point store was not found; seeding through a store of its own on the same session`);
  const focalPoint = own ?? (await SqlEventStore.open({ ...sql, close: () => Promise.resolve() }, schemaOf(FOCAL_POINT)));
  return {
    baseUrl,
    sql,
    focalPoint,
    registry: app.get(ProjectionRegistry),
    /** A fresh token per phase: a long run outlives none. */
    token: (body: Body, role = 'officer') => mintToken(tokenKey, { body, person: 'bench reader', role }),
    stop,
  };
}
type App = Awaited<ReturnType<typeof startApp>>;

// ---------------------------------------------------------------------------------------------
// Seeding: cases as the decider records them, appended in batches
// ---------------------------------------------------------------------------------------------

const drafter: Actor = { body: 'un-joint-office', person: 'bench drafter', role: 'officer' };
const secondReader: Actor = { body: 'un-joint-office', person: 'bench second reader', role: 'officer' };

/** Runs commands through the case decider, collecting what it decides: the events a request would have recorded. */
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

const fileReport = (caseId: string, at: Date, n: number): CaseCommand => ({
  type: 'file-information-report',
  caseId,
  actor: drafter,
  at,
  reportId: randomUUID(),
  source: { kind: 'named', name: `Bench field presence ${n % 17}` },
  channel: 'un-field-presence',
  reliability: 'B',
  credibility: 2,
  observedAt: new Date(at.getTime() - 86_400_000).toISOString(),
  location: `District ${n % 97}, bench province`,
  riskFactors: [8, 11],
  summary: `Report ${n}: attacks on civilians of one community, homes burned, families displaced into camps; numbers to be confirmed by a second source.`,
});

/** More reports like the first one the decider recorded: the same shape, a new id and text (the decider's state would only grow). */
const moreReports = (first: CaseEvent, from: number, count: number): CaseEvent[] =>
  Array.from({ length: count }, (_, i) => {
    const data = first.data as Extract<CaseEvent, { type: 'information-report-filed' }>['data'];
    return {
      type: 'information-report-filed',
      data: { ...data, reportId: randomUUID(), summary: data.summary.replace(/^Report \d+/, `Report ${from + i}`) },
    };
  });

/** An ordinary case: opened, reported on; every fourth assessed and the assessment issued (half of them high risk); every tenth closed. */
function ordinaryCase(index: number): { caseId: string; events: CaseEvent[] } {
  const caseId = randomUUID();
  const at = new Date();
  const commands: CaseCommand[] = [
    {
      type: 'open-case',
      caseId,
      actor: drafter,
      at,
      situation: `Bench situation ${index}`,
      crimes: [{ crime: index % 3 ? 'crimes-against-humanity' : 'war-crimes', incitement: index % 2 === 0 }],
      summary: `Bench case ${index}: violence between communities after a disputed election.`,
    },
    fileReport(caseId, at, 0),
  ];
  const head = decided(commands);
  const reportIds = head.filter((e) => e.type === 'information-report-filed').map((e) => (e.data as { reportId: string }).reportId);
  const events = [...head, ...moreReports(head[head.length - 1], 1, REPORTS_PER_CASE - 1)];
  if (index % 4 === 0) {
    const crime = index % 3 ? 'crimes-against-humanity' : 'war-crimes';
    const assessmentId = randomUUID();
    events.push(
      ...decided([
        ...commands,
        {
          type: 'draft-assessment',
          caseId,
          actor: drafter,
          at,
          assessmentId,
          risks: [
            {
              crime,
              level: index % 8 === 0 ? 'high' : 'moderate',
              findings: [{ indicator: '8.7', finding: 'Broadcasts calling for a community to be driven out', reportIds }],
              rationale: 'Bench rationale',
            },
          ],
          incitement: [],
          ethnicCleansing: null,
          summary: `Bench assessment of case ${index}`,
          reviewChecklist: ['sources-graded', 'evidence-linked', 'legal-review', 'second-reader'],
        },
        ...['sources-graded', 'evidence-linked', 'legal-review', 'second-reader'].map((step): CaseCommand => ({
          type: 'complete-review-step',
          caseId,
          actor: step === 'second-reader' ? secondReader : drafter,
          at,
          assessmentId,
          step,
          note: `${step} done`,
        })),
        { type: 'issue-assessment', caseId, actor: drafter, at, assessmentId },
      ]).slice(head.length),
    );
  }
  if (index % 10 === 9) events.push({ type: 'case-closed', data: { caseId, reason: 'Bench: the violence ended' } });
  return { caseId, events };
}

/** Appends cases until the focal-point store holds `target` seeded events; one case in it grows to BIG_CASE_SHARE of them. */
class Seeder {
  seeded = 0;
  cases = 0;
  readonly bigCaseId = randomUUID();
  private bigCaseEvents = 0;

  constructor(private readonly app: App) {}

  async seedTo(target: number): Promise<void> {
    const started = performance.now();
    const from = this.seeded;
    while (this.seeded < target) {
      let streamCaseId: string;
      let events: CaseEvent[];
      if (this.bigCaseEvents < BIG_CASE_SHARE * target) {
        streamCaseId = this.bigCaseId;
        const count = Math.min(500, Math.ceil(BIG_CASE_SHARE * target - this.bigCaseEvents));
        if (this.bigCaseEvents === 0) {
          const at = new Date();
          const head = decided([
            {
              type: 'open-case',
              caseId: this.bigCaseId,
              actor: drafter,
              at,
              situation: 'The big bench case',
              crimes: [{ crime: 'genocide' }],
              summary: 'One case with many reports.',
            },
            fileReport(this.bigCaseId, at, 0),
          ]);
          events = [...head, ...moreReports(head[1], 1, Math.max(0, count - 2))];
        } else {
          if (!this.firstBigReport) throw new Error('the big case holds its first report from its first batch on');
          events = moreReports(this.firstBigReport, this.bigCaseEvents, count);
        }
        this.firstBigReport ??= events.find((e) => e.type === 'information-report-filed');
        this.bigCaseEvents += events.length;
      } else {
        const next = ordinaryCase(this.cases++);
        streamCaseId = next.caseId;
        events = next.events;
      }
      await this.append(streamCaseId, events);
      this.seeded += events.length;
      progress(
        `seeding the focal-point store (${((this.seeded - from) / ((performance.now() - started) / 1000)).toFixed(0)} ev/s)`,
        this.seeded,
        target,
      );
    }
  }

  private firstBigReport?: CaseEvent;

  private async append(caseId: string, events: readonly CaseEvent[]): Promise<void> {
    const occurredAt = new Date().toISOString();
    const recorded: NewEvent[] = events.map((event) => ({
      eventId: randomUUID(),
      type: event.type,
      data: event.data,
      metadata: {
        caseId,
        context: FOCAL_POINT,
        schemaVersion: 1,
        actor: event.type === 'review-step-completed' && (event.data as { step: string }).step === 'second-reader' ? secondReader : drafter,
        occurredAt,
      },
    }));
    await this.app.focalPoint.append(caseStreamId(caseId), recorded, 'any');
  }
}

/**
 * Waits until every projection and every follower of every context's log holds every event, showing
 * how far behind they are. When nothing moves for STALL_MS while something is still behind, it says
 * what is stuck and goes on (the figures that follow are then marked): a stuck read side is itself
 * a finding, and the run must still end.
 */
async function settle(app: App): Promise<string | undefined> {
  const started = Date.now();
  let quiet = 0;
  let lastTotal = -1;
  let lastState = '';
  let unchangedSince = Date.now();
  for (;;) {
    const [projections, followers, total] = await Promise.all([projectionsBehind(app), followersBehind(app), eventsInStore(app)]);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    const named = (lag: { laggards: string }) => (lag.laggards ? ` (${lag.laggards})` : '');
    const state = `projections ${projections.total} behind${named(projections)}, log followers ${followers.total} behind${named(followers)}`;
    process.stderr.write(`\r  catching up: ${state}, ${total} events in all contexts (${seconds} s)   `);
    quiet = projections.total === 0 && followers.total === 0 && total === lastTotal ? quiet + 1 : 0;
    if (quiet >= 3) break;
    if (state !== lastState || total !== lastTotal) unchangedSince = Date.now();
    lastTotal = total;
    lastState = state;
    if (Date.now() - unchangedSince > STALL_MS) {
      process.stderr.write(`\n  STALLED: nothing moved for ${STALL_MS / 1000} s: ${state}; measuring anyway\n`);
      return `read side stalled (${state})`;
    }
    if (Date.now() - started > CATCH_UP_TIMEOUT_MS) throw new Error(`the read side did not catch up within ${CATCH_UP_TIMEOUT_MS} ms`);
    await sleep(1000);
  }
  await app.registry.caughtUp(CATCH_UP_TIMEOUT_MS);
  process.stderr.write('\n');
  return undefined;
}

async function projectionsBehind(app: App): Promise<{ total: number; laggards: string }> {
  const lagging = (await app.registry.statuses()).filter((s) => s.eventsBehind > 0).sort((a, b) => b.eventsBehind - a.eventsBehind);
  return {
    total: lagging.reduce((sum, s) => sum + s.eventsBehind, 0),
    laggards: lagging
      .slice(0, 2)
      .map((s) => `${s.name} ${s.eventsBehind}`)
      .join(', '),
  };
}

/** Events recorded after each log follower's checkpoint, in the store it follows (reactions of other contexts included). */
async function followersBehind(app: App): Promise<{ total: number; laggards: string }> {
  const lagging: { name: string; behind: number }[] = [];
  for (const context of CONTEXTS) {
    const schema = schemaOf(context);
    const rows = await app.sql
      .query<{ subscriber: string; behind: string }>(
        `select c.subscriber, (select count(*) from ${schema}.rtop_events e where (e.transaction_id, e.global_position) > (c.transaction_id, c.position))::text as behind
           from ${schema}.rtop_checkpoints c`,
      )
      .catch(() => []);
    for (const row of rows)
      if (Number(row.behind) > 0) lagging.push({ name: `${row.subscriber} on ${context}`, behind: Number(row.behind) });
  }
  lagging.sort((a, b) => b.behind - a.behind);
  return {
    total: lagging.reduce((sum, l) => sum + l.behind, 0),
    laggards: lagging
      .slice(0, 2)
      .map((l) => `${l.name} ${l.behind}`)
      .join(', '),
  };
}

async function eventsInStore(app: App): Promise<number> {
  let total = 0;
  for (const context of CONTEXTS) {
    const rows = await app.sql
      .query<{ n: string }>(`select count(*)::text as n from ${schemaOf(context)}.rtop_events`)
      .catch(() => [{ n: '0' }]);
    total += Number(rows[0].n);
  }
  return total;
}

// ---------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------

interface Latency {
  readonly median: number;
  readonly p95: number;
  readonly p99: number;
  /** Status codes answered, e.g. `200×200`: a read refused or missing is no measurement of the read. */
  readonly statuses: string;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;

/** What a failed request failed with, briefly (fetch puts the reason in `cause`). */
const errorOf = (error: unknown) => {
  if (!(error instanceof Error)) return String(error).slice(0, 60);
  const cause = error.cause as { code?: string; message?: string } | undefined;
  return (cause?.code ?? cause?.message ?? error.name).slice(0, 60);
};

function summarise(times: number[], statuses: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  const counts = new Map<number, number>();
  for (const status of statuses) counts.set(status, (counts.get(status) ?? 0) + 1);
  return {
    median: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    statuses: [...counts].map(([status, n]) => `${status}×${n}`).join(' '),
  };
}

async function timedGet(url: string, token?: string, signal?: AbortSignal): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {}, signal });
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status };
}

async function sequential(label: string, url: string, token: string | undefined, samples = SAMPLES): Promise<Latency> {
  for (let i = 0; i < WARM_UP; i++) await timedGet(url, token);
  const times: number[] = [];
  const statuses: number[] = [];
  for (let i = 0; i < samples; i++) {
    const { ms, status } = await timedGet(url, token);
    times.push(ms);
    statuses.push(status);
    progress(label, i + 1, samples);
  }
  return summarise(times, statuses);
}

interface ReadCase {
  readonly name: string;
  readonly path: (seeder: Seeder) => string;
  readonly reader: Body;
}

const READS: readonly ReadCase[] = [
  { name: 'GET /cases (first page), Joint Office', path: () => '/cases', reader: 'un-joint-office' },
  { name: 'GET /cases?status=open&risk=high', path: () => '/cases?status=open&risk=high', reader: 'un-joint-office' },
  { name: 'GET /cases (first page), a member state', path: () => '/cases', reader: 'member-state:FRA' },
  {
    name: 'GET /cases/{big}/timeline?limit=50',
    path: (seeder) => `/cases/${seeder.bigCaseId}/timeline?limit=50`,
    reader: 'un-joint-office',
  },
];

async function measureReads(app: App, seeder: Seeder, at: string): Promise<Map<string, Latency>> {
  const results = new Map<string, Latency>();
  for (const read of READS)
    results.set(read.name, await sequential(`${read.name} at ${at}`, app.baseUrl + read.path(seeder), app.token(read.reader)));
  return results;
}

/**
 * `/health` p99 while CONCURRENCY requests to GET /accountability/figures are always in flight. The
 * sampling stops after LOAD_MAX_MS: a sample still unanswered then counts as taking all the time it
 * has waited, and the p99 is reported as a lower bound.
 */
async function healthUnderLoad(app: App): Promise<{
  health: Latency;
  censored: boolean;
  worst: number;
  samples: number;
  figures: Latency;
  figuresPerSecond: number;
  errors: string;
}> {
  const token = app.token('un-joint-office');
  const stop = new AbortController();
  const stopped = () => stop.signal.aborted;
  const figureTimes: number[] = [];
  const figureStatuses: number[] = [];
  const figureErrors = new Map<string, number>();
  const started = performance.now();
  const load = Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (!stopped()) {
        try {
          const { ms, status } = await timedGet(`${app.baseUrl}/accountability/figures`, token, stop.signal);
          figureTimes.push(ms);
          figureStatuses.push(status);
        } catch (error) {
          if (stopped()) break;
          figureStatuses.push(0);
          const reason = errorOf(error);
          figureErrors.set(reason, (figureErrors.get(reason) ?? 0) + 1);
          await sleep(10);
        }
      }
    }),
  );
  await sleep(1000); // let the load build up
  const label = `/health under ${CONCURRENCY} concurrent figures requests`;
  const deadline = performance.now() + LOAD_MAX_MS;
  const times: number[] = [];
  const statuses: number[] = [];
  let unanswered = 0;
  const healthErrors = new Map<string, number>();
  while (times.length < SAMPLES) {
    const sampleStart = performance.now();
    const remaining = deadline - sampleStart;
    if (remaining <= 0) break;
    try {
      const { ms, status } = await timedGet(`${app.baseUrl}/health`, undefined, AbortSignal.timeout(Math.max(1, Math.floor(remaining))));
      times.push(ms);
      statuses.push(status);
      progress(label, times.length, SAMPLES);
    } catch (error) {
      if (performance.now() >= deadline - 5) {
        // Still unanswered at the deadline: it took at least as long as it was waited for.
        unanswered = performance.now() - sampleStart;
        break;
      }
      // Refused or dropped rather than slow: counted, and asked again.
      const reason = errorOf(error);
      healthErrors.set(reason, (healthErrors.get(reason) ?? 0) + 1);
      await sleep(10);
    }
  }
  const censored = times.length < SAMPLES;
  if (censored) {
    if (unanswered) times.push(unanswered);
    process.stderr.write(
      `\n  only ${times.length - (unanswered ? 1 : 0)} /health answers in ${(LOAD_MAX_MS / 1000).toFixed(0)} s under load\n`,
    );
  }
  const elapsed = (performance.now() - started) / 1000;
  stop.abort();
  await load;
  return {
    health: summarise(times, statuses),
    censored,
    worst: Math.max(0, ...times),
    samples: times.length - (unanswered ? 1 : 0),
    figures: summarise(figureTimes, figureStatuses),
    figuresPerSecond: figureTimes.length / elapsed,
    errors: [...healthErrors]
      .map(([reason, n]) => `/health ${reason} ×${n}`)
      .concat([...figureErrors].map(([reason, n]) => `figures ${reason} ×${n}`))
      .join('; '),
  };
}

async function ledgerSize(app: App): Promise<string> {
  const response = await fetch(`${app.baseUrl}/accountability/checkpoint`, {
    headers: { authorization: `Bearer ${app.token('un-joint-office')}` },
  });
  if (!response.ok) return `unknown (GET /accountability/checkpoint → ${response.status})`;
  return String(((await response.json()) as { treeSize: number }).treeSize);
}

// ---------------------------------------------------------------------------------------------
// The run
// ---------------------------------------------------------------------------------------------

const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1).padStart(7)} ms` : '    n/a');
/** A read measured at both sizes. */
function measured<T>(reads: ReadonlyMap<string, T>, name: string): T {
  const read = reads.get(name);
  if (!read) throw new Error(`the read ${name} was not measured`);
  return read;
}
const verdict = (met: boolean) => (met ? 'met' : 'NOT MET');

async function benchAdapter(adapter: Adapter, report: string[]): Promise<void> {
  say(`\n${adapter}: starting the standalone app`);
  const app = await startApp(adapter);
  try {
    const seeder = new Seeder(app);
    say(`${adapter}: ${SMALL} events`);
    await seeder.seedTo(SMALL);
    const smallStall = await settle(app);
    const small = await measureReads(app, seeder, `${SMALL} events`);

    say(`${adapter}: ${LARGE} events`);
    await seeder.seedTo(LARGE);
    const largeStall = await settle(app);
    const large = await measureReads(app, seeder, `${LARGE} events`);

    report.push(
      '',
      `${adapter}: reads at ${SMALL} and at ${LARGE} events (${seeder.cases + 1} cases; the big case holds ${Math.round(BIG_CASE_SHARE * LARGE)} events); ${SAMPLES} sequential requests each`,
    );
    if (smallStall) report.push(`  NOTE at ${SMALL} events: ${smallStall}`);
    if (largeStall) report.push(`  NOTE at ${LARGE} events: ${largeStall}`);
    for (const read of READS) {
      const a = measured(small, read.name);
      const b = measured(large, read.name);
      const ratio = b.median / a.median;
      const answered = a.statuses === b.statuses && a.statuses.startsWith('200×') && !a.statuses.includes(' ');
      report.push(
        `  ${read.name.padEnd(42)} median ${ms(a.median)} → ${ms(b.median)}   p95 ${ms(a.p95)} → ${ms(b.p95)}   ratio ${ratio.toFixed(2)}× (target ≤ 1.5×) ${
          answered ? verdict(ratio <= 1.5) : `not a measurement: answered ${a.statuses} / ${b.statuses}`
        }`,
      );
    }

    say(`${adapter}: /health with no load, then under ${CONCURRENCY} concurrent GET /accountability/figures`);
    const ledger = await ledgerSize(app);
    const baseline = await sequential('/health with no load', `${app.baseUrl}/health`, undefined);
    const loaded = await healthUnderLoad(app);
    const enough = Number(ledger) >= LEDGER_TARGET;
    // Cut off: the slowest answer (or the one still awaited) bounds the p99 from below.
    const p99 = loaded.censored ? Math.max(...[loaded.health.p99, loaded.worst]) : loaded.health.p99;
    const bound = loaded.censored ? '≥' : '';
    report.push(
      `  /health p99 with no load ${ms(baseline.p99)}; under load ${bound}${ms(p99)} (ratio ${bound}${(p99 / baseline.p99).toFixed(1)}×; target < 250 ms) ${verdict(p99 < 250)}` +
        `${loaded.censored ? ` — only ${loaded.samples} answers within ${(LOAD_MAX_MS / 1000).toFixed(0)} s` : ''}${enough ? '' : ` — ledger below ${LEDGER_TARGET} entries`}`,
      `  ledger ${ledger} entries; GET /accountability/figures under load: median ${ms(loaded.figures.median)}, p95 ${ms(loaded.figures.p95)}, ${loaded.figuresPerSecond.toFixed(1)} req/s, answered ${loaded.figures.statuses || 'none'}`,
    );
    if (loaded.errors) report.push(`  failed requests under load: ${loaded.errors}`);
  } finally {
    // Requests still being answered (a load that was cut off) must not hold the run for ever.
    await Promise.race([app.stop(), sleep(120_000).then(() => say(`${adapter}: the app did not stop within 120 s; going on`))]);
  }
}

async function main(): Promise<void> {
  const report: string[] = [];
  say(`rtop read-side benchmark: ${SMALL} → ${LARGE} events (scale ${SCALE}), adapters ${ADAPTERS.join(', ')}`);
  for (const adapter of ADAPTERS) {
    try {
      await benchAdapter(adapter, report);
    } catch (error) {
      report.push('', `${adapter}: did not complete: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  console.log(`\nrtop read-side benchmark — scale ${SCALE}, ${SAMPLES} samples per read, ${CONCURRENCY} concurrent figures requests`);
  for (const line of report) console.log(line);
  if (report.some((line) => / did not complete: /.test(line))) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => setTimeout(() => process.exit(), 500).unref());
