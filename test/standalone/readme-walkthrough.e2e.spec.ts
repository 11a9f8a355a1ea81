import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { failureMessage } from '@rtop/testing';
import { Standalone, startStandalone } from './standalone-harness';

const ROOT = join(__dirname, '..', '..');
const SECTION = '## A case, step by step (curl)';
const MARK = '@@ README block';

/** One ```sh block of the walkthrough and the answers it shows: its `# {…}` lines, `…` standing for what differs run to run. */
interface Step {
  readonly script: string;
  readonly shown: readonly string[];
}

/** The walkthrough's shell blocks, in the order a newcomer types them. */
function walkthrough(readme: string): Step[] {
  const start = readme.indexOf(SECTION);
  const section = readme.slice(start, readme.indexOf('\n## ', start + SECTION.length));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map(([, script]) => ({
    script,
    shown: script
      .split('\n')
      .filter((line) => line.startsWith('# {'))
      .map((line) => line.slice(2)),
  }));
}

/** An answer as the README shows it, as a pattern: literal text, `…` matching anything. */
const patternOf = (shown: string) =>
  shown
    .split('…')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*?');

/**
 * The README's curl walkthrough, run as written against the standalone app (on a free port in place
 * of 3000; `npm run token`, built by npm test, finds the signing key in the app's data folder): one
 * bash, failing on the first command that fails or an unset variable.
 */
describe('the README walkthrough, run as written', () => {
  const steps = walkthrough(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  let rtop: Standalone;
  let outputs: string[];

  beforeAll(async () => {
    rtop = await startStandalone('pglite');
    const port = new URL(rtop.baseUrl).port;
    const script = [
      'set -euo pipefail',
      ...steps.map((step, i) => `printf '\\n${MARK} ${i}\\n'\n${step.script.replaceAll('localhost:3000', `localhost:${port}`)}`),
    ].join('\n');
    // The answers `pick` shows go to /dev/stderr, which must be a pipe (Node's own stdio are sockets): one pipe for both keeps them in order.
    const run = await promisify(execFile)('bash', ['-c', 'set -o pipefail; bash -c "$0" 2>&1 | cat', script], {
      cwd: ROOT,
      env: { ...process.env, RTOP_DATA_DIR: rtop.dataDir },
      maxBuffer: 16 << 20,
    }).catch((failed: unknown) => {
      throw new Error(`the walkthrough stopped: ${failureMessage(failed)}`);
    });
    outputs = run.stdout.split(new RegExp(`\\n${MARK} \\d+\\n`)).slice(1);
  }, 300_000);

  afterAll(async () => {
    await rtop.stop();
  });

  it('has steps that show their answers', () => {
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(steps.flatMap((s) => s.shown).length).toBeGreaterThanOrEqual(12);
    expect(outputs).toHaveLength(steps.length);
  });

  it('answers every step as the README shows, in order', () => {
    const differing = steps
      .map((step, i) => ({ step: i, shown: step.shown, output: outputs[i] }))
      .filter(({ shown, output }) => shown.length && !new RegExp(shown.map(patternOf).join('[\\s\\S]*')).test(output));
    expect(differing).toEqual([]);
  });

  it('refuses what the README shows refused, with the status and rule it shows', () => {
    const refusals = steps.flatMap((step, i) =>
      step.shown
        .filter((shown) => shown.includes('"rule"'))
        .map((shown) => ({
          step: i,
          shown: JSON.parse(shown.replaceAll('"…"', 'null')) as Record<string, unknown>,
        })),
    );
    expect(refusals.map(({ shown }) => shown.rule)).toEqual([
      'scope-of-the-responsibility-to-protect',
      'transmit-the-assessment-as-issued',
    ]);
    for (const { step, shown } of refusals) {
      const answered = JSON.parse(outputs[step].trim()) as Record<string, unknown>;
      expect({ status: answered.status, rule: answered.rule }).toEqual({
        status: shown.status,
        rule: shown.rule,
      });
    }
  });
});
