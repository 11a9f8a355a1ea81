import { readFileSync } from 'node:fs';

/**
 * Summarises a .cpuprofile (node --cpu-prof, or RTOP_BENCH_CPU_PROFILE of the command-path bench):
 * the functions with the most self time, and every sample put down to
 *   - the rtop file nearest the top of its stack (whose work it was: kernel, event store, a
 *     projection, the ledger, identity, …), and
 *   - what ran at the top (PGlite's WebAssembly, JSON, class-validator, crypto, GC, …).
 *
 * node dist/bench/cpu-profile-summary.js file.cpuprofile [rows]
 */
interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node dist/bench/cpu-profile-summary.js file.cpuprofile [rows]');
  process.exit(2);
}
const rows = rowsArg ? Number(rowsArg) : 25;
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const nodeOf = (id: number): ProfileNode => {
  const node = byId.get(id);
  if (!node) throw new Error(`${file} names node ${id} and does not hold it`);
  return node;
};

const short = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/.*\/node_modules\//, '')
    .replace(/.*\/dist\//, '');

/** What a frame is, by where its code lives. */
function kindOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'V8/native (program)';
    if (/^(parse|stringify)$/.test(functionName)) return 'JSON';
    if (/^wasm-function|^\$/.test(functionName)) return 'PGlite (WebAssembly)';
    return `native: ${functionName || '(anonymous)'}`;
  }
  if (url.startsWith('wasm://')) return 'PGlite (WebAssembly)';
  if (url.includes('@electric-sql/pglite')) return 'PGlite (JS)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return `npm: ${pkg[1]}`;
  if (url.startsWith('node:')) {
    if (/crypto/.test(url)) return 'node: crypto';
    if (/http|net|stream|undici|fetch/.test(url)) return 'node: http/net/streams';
    return `node: ${url.replace(/^node:internal\//, '').split('/')[0]}`;
  }
  return `rtop: ${short(url).split('/').slice(0, 2).join('/')}`;
}

/** The rtop code a sample worked for: the nearest frame, from the top of the stack down, in apps/libs/bench. */
function ownerOf(nodeId: number): string {
  for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) {
    const { url } = nodeOf(id).callFrame;
    if (/\/dist\/(libs|apps|bench)\//.test(url)) return short(url).replace(/\.js$/, '');
  }
  return '(no rtop frame: framework, driver, timers)';
}

/** Where a sample's time went, by the first rule its stack (top down, whole stack) matches. */
const COMPONENTS: readonly [string, RegExp][] = [
  ['reactions: projections (read models)', /\/libs\/read-model\/|\/libs\/[^/]+\/src\/read\/|projection/],
  ['reactions: accountability (timeline, ledger)', /\/libs\/accountability\//],
  ['reactions: other contexts following the event log', /\/libs\/event-log\/|follow-global-log|global-log-reaction/],
  ['token check (jsonwebtoken ES256)', /\/libs\/identity\/|jsonwebtoken|\/jws\/|\/jwa\//],
  ['validation (class-validator, class-transformer)', /class-validator|class-transformer|validation\.pipe/],
  ['command: load state, decide, append', /\/libs\/kernel\/|\/libs\/commands\/|\/libs\/focal-point\/|\/libs\/http\//],
  ['benchmark client (fetch, undici)', /\/dist\/bench\/|undici/],
  ['HTTP server (express, Nest)', /@nestjs|\/express\/|\/router\/|node:_http|node:http/],
  ['event store over pg (driver, sockets)', /\/libs\/event-store\/|\/pg\/|pg-protocol|pg-pool/],
  ['PGlite (SQL in WebAssembly, whoever asked)', /pglite|^wasm:/],
];
function componentOf(nodeId: number): string {
  const frames: string[] = [];
  for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id)) {
    const { url, functionName } = nodeOf(id).callFrame;
    frames.push(url || functionName);
  }
  const leaf = nodeOf(nodeId).callFrame;
  if (leaf.functionName === '(garbage collector)') return 'GC';
  if (/^wasm-function/.test(leaf.functionName)) return 'PGlite (SQL in WebAssembly, whoever asked)';
  for (const [name, pattern] of COMPONENTS) if (frames.some((frame) => pattern.test(frame))) return name;
  return `other: ${kindOf(leaf)}`;
}
/** The profiler's own stop (writing the profile) is not the app's time. */
const isProfilerItself = (nodeId: number): boolean => {
  for (let id: number | undefined = nodeId; id !== undefined; id = parent.get(id))
    if (nodeOf(id).callFrame.url === 'node:inspector') return true;
  return false;
};

const components = new Map<string, number>();
const self = new Map<string, number>();
const kinds = new Map<string, number>();
const owners = new Map<string, number>();
const ownerLibs = new Map<string, number>();
let total = 0;
profile.samples.forEach((nodeId, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  const node = nodeOf(nodeId);
  if (node.callFrame.functionName === '(idle)' || isProfilerItself(nodeId)) return;
  total += ms;
  const component = componentOf(nodeId);
  components.set(component, (components.get(component) ?? 0) + ms);
  const { functionName, url, lineNumber } = node.callFrame;
  const fn = `${functionName || '(anonymous)'}  ${url ? `${short(url)}:${lineNumber + 1}` : ''}`;
  self.set(fn, (self.get(fn) ?? 0) + ms);
  const kind = kindOf(node.callFrame);
  kinds.set(kind, (kinds.get(kind) ?? 0) + ms);
  const owner = ownerOf(nodeId);
  owners.set(owner, (owners.get(owner) ?? 0) + ms);
  const lib = owner.startsWith('(') ? owner : owner.split('/').slice(0, 2).join('/');
  ownerLibs.set(lib, (ownerLibs.get(lib) ?? 0) + ms);
});

function table(title: string, values: Map<string, number>, limit = rows): void {
  console.log(`\n${title}`);
  for (const [name, ms] of [...values].sort((a, b) => b[1] - a[1]).slice(0, limit)) {
    console.log(`  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(7)} ms  ${name}`);
  }
}

console.log(`${file}: ${(total / 1000).toFixed(1)} s of CPU (idle left out), ${profile.samples.length} samples`);
table(
  'All time, by component (first match over the whole stack: reactions, token, validation, command, client, server, driver)',
  components,
);
table('Self time, by function', self);
table('Self time, by what ran at the top of the stack', kinds);
table('All time, by the rtop library whose work it was (nearest rtop frame on the stack)', ownerLibs);
table('All time, by the rtop file whose work it was', owners);
