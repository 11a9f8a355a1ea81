import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LedgerEntry, caseBundle } from '@rtop/accountability';
import { CASE_ID, EXPORTED_AT, fixtureBundle, ledgerOf, newLedgerKey } from './bundle.fixtures';
import { CliIo } from './cli-io';
import { runCli } from './run-cli';

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly requests: { url: string; headers: Record<string, string> }[];
}

async function rtop(args: string[], options: { env?: NodeJS.ProcessEnv; answer?: () => Response | Promise<Response> } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const requests: Run['requests'] = [];
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: options.env ?? {},
    interactive: false,
    fetch: (async (url: URL, init: RequestInit) => {
      requests.push({ url: String(url), headers: init.headers as Record<string, string> });
      if (!options.answer) throw new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:3000') });
      return options.answer();
    }) as typeof fetch,
  };
  const status = await runCli(args, io);
  return { status, stdout, stderr, requests };
}

describe('the rtop command', () => {
  let dir: string;
  const key = newLedgerKey();
  const bundle = fixtureBundle(key);
  const file = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rtop-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  describe('verify', () => {
    it('exits 0 on an intact bundle, and says the key was only the bundle’s own when none is pinned', async () => {
      const run = await rtop(['verify', file('intact.json', bundle)]);
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^OK: case ${CASE_ID}: 7 events in 3 streams`));
      expect(run.stderr).toContain(`checked against the key the bundle carries (${key.published.keyId})`);
    });

    it('exits 0 with the deployment’s key pinned, and 1 when another key signed the bundle', async () => {
      const pinned = await rtop(['verify', file('pinned.json', bundle), '--public-key', file('key.pem', key.published.publicKey)]);
      expect(pinned).toMatchObject({ status: 0, stderr: '' });
      const other = await rtop(['verify', file('other.json', fixtureBundle()), `--public-key=${file('key.pem', key.published.publicKey)}`]);
      expect(other.status).toBe(1);
      expect(other.stderr).toMatch(/^FAILED: the bundle is signed by key [0-9a-f]{32}, not by the trusted key/);
    });

    it('exits 1 naming the event whose content was changed', async () => {
      const altered = JSON.parse(JSON.stringify(bundle));
      const transmitted = altered.entries.find((e: LedgerEntry) => e.event.type === 'assessment-transmitted');
      transmitted.event.data.recipients = ['un-security-council'];
      const run = await rtop(['verify', file('altered.json', altered)]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `FAILED: event ${transmitted.event.eventId} (secretary-general/assessment-transmitted): hash does not match its content\n`,
      );
    });

    it('exits 1 naming the event after one removed from the middle of its stream', async () => {
      const altered = JSON.parse(JSON.stringify(bundle));
      const [removed] = altered.entries.splice(1, 1);
      const next = altered.entries.find((e: LedgerEntry) => e.index > removed.index && e.event.streamId === removed.event.streamId);
      const run = await rtop(['verify', file('removed.json', altered)]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`^FAILED: event ${next.event.eventId} \\(focal-point/assessment-issued\\): chain broken`));
    });

    it('exits 1 on a file that is not JSON, 2 on a file that cannot be read or a command line that makes no sense', async () => {
      expect((await rtop(['verify', file('garbage.json', '{"format":')])).status).toBe(1);
      expect((await rtop(['verify', join(dir, 'absent.json')])).stderr).toMatch(/^cannot read .*absent\.json/);
      for (const args of [
        [],
        ['verify'],
        ['verify', 'a.json', 'b.json'],
        ['verify', 'a.json', '--key', 'x'],
        ['export', '--case', CASE_ID],
        ['frobnicate'],
      ]) {
        const run = await rtop(args);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('rtop verify <bundle.json>');
      }
      expect(await rtop(['--help'])).toMatchObject({ status: 0, stdout: expect.stringContaining('rtop export --case') });
    });

    it('shows its progress on stderr for a large bundle', async () => {
      const template = bundle.entries[0].event;
      const ledger = ledgerOf(Array.from({ length: 2000 }, (_, i) => ({ ...template, eventId: `e-${i}`, revision: i, data: { n: i } })));
      const run = await rtop(['verify', file('large.json', caseBundle(CASE_ID, ledger, key, EXPORTED_AT))]);
      expect(run.status).toBe(0);
      const lines = run.stderr.split('\n').filter((line) => line.startsWith('verifying events'));
      expect(lines[lines.length - 1]).toBe('verifying events: 2000 / 2000 (100%)');
      expect(lines.length).toBeGreaterThan(5);
      expect(lines.length).toBeLessThanOrEqual(11);
    });
  });

  describe('export', () => {
    const json = JSON.stringify(bundle, null, 1);

    it('writes the bundle byte for byte as the service sent it, with the token from the environment, and it verifies', async () => {
      const out = join(dir, 'exported.json');
      const run = await rtop(['export', '--case', CASE_ID, '--out', out, '--url', 'http://rtop.example:8080/'], {
        env: { RTOP_TOKEN: 'tok' },
        answer: () => new Response(json, { headers: { 'content-type': 'application/json' } }),
      });
      expect(run.status).toBe(0);
      expect(run.requests).toEqual([
        { url: `http://rtop.example:8080/cases/${CASE_ID}/bundle`, headers: { accept: 'application/json', authorization: 'Bearer tok' } },
      ]);
      expect(readFileSync(out, 'utf8')).toBe(json);
      expect(run.stderr).toMatch(/^wrote .*exported\.json: case .*, 7 events in 3 streams, under a checkpoint of 9 ledger entries/);
      expect((await rtop(['verify', out, '--public-key', file('key.pem', key.published.publicKey)])).status).toBe(0);
    });

    it('prefers --token to the environment, and shows progress for a large download', async () => {
      const large = JSON.stringify({ ...bundle, padding: 'x'.repeat(3_000_000) });
      const run = await rtop(['export', '--case', CASE_ID, '--out', join(dir, 'large-export.json'), '--token', 'flag'], {
        env: { RTOP_TOKEN: 'env' },
        answer: () => new Response(large, { headers: { 'content-length': String(Buffer.byteLength(large)) } }),
      });
      expect(run.status).toBe(0);
      expect(run.requests[0]).toMatchObject({
        url: `http://localhost:3000/cases/${CASE_ID}/bundle`,
        headers: { authorization: 'Bearer flag' },
      });
      expect(run.stderr).toMatch(/downloading bundle: 3\.\d MB \/ 3\.\d MB \(100%\)/);
    });

    it('exits 3 with the service’s reason when it refuses, or when it cannot be reached, writing nothing', async () => {
      const out = join(dir, 'refused.json');
      const refused = await rtop(['export', '--case', CASE_ID, '--out', out], {
        answer: () =>
          new Response(
            JSON.stringify({
              type: 'urn:rtop:rule:bearer-token',
              title: 'Not authenticated',
              status: 401,
              rule: 'bearer-token',
              detail: 'an Authorization: Bearer <token> header is required',
            }),
            { status: 401 },
          ),
      });
      expect(refused.status).toBe(3);
      expect(refused.stderr).toMatch(/answered 401: an Authorization: Bearer <token> header is required \(pass --token or set RTOP_TOKEN/);
      const notAuditor = await rtop(['export', '--case', CASE_ID, '--out', out, '--token', 'officer'], {
        answer: () =>
          new Response(
            JSON.stringify({
              type: 'urn:rtop:rule:auditors-only',
              title: 'Outside the caller’s remit',
              status: 403,
              rule: 'auditors-only',
              detail: 'a case bundle is exported by auditors only',
            }),
            { status: 403 },
          ),
      });
      expect(notAuditor.status).toBe(3);
      expect(notAuditor.stderr).toMatch(/answered 403: a case bundle is exported by auditors only \(.*--role auditor/);
      const unreachable = await rtop(['export', '--case', CASE_ID, '--out', out]);
      expect(unreachable.status).toBe(3);
      expect(unreachable.stderr).toMatch(/cannot reach http:\/\/localhost:3000: Error: connect ECONNREFUSED/);
      const notBundle = await rtop(['export', '--case', CASE_ID, '--out', out], { answer: () => new Response('{"ok":true}') });
      expect(notBundle.stderr).toMatch(/did not answer with a bundle in the rtop-case-bundle\/1 format/);
      expect(() => readFileSync(out)).toThrow();
    });
  });

  describe('figures', () => {
    const figures = { caseId: CASE_ID, firstReportToFirstAssessmentMs: 86_400_000, warningsWithoutDecision: [] };

    it('prints one case’s figures from the accountability service, asking as of an instant', async () => {
      const run = await rtop(['figures', '--case', CASE_ID, '--now', '2008-03-01T00:00:00Z', '--url', 'http://rtop:3000'], {
        env: { RTOP_TOKEN: 'secret' },
        answer: () => new Response(JSON.stringify(figures), { status: 200 }),
      });
      expect(run.status).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(figures);
      expect(run.requests[0].url).toBe(`http://rtop:3000/cases/${CASE_ID}/figures?now=2008-03-01T00%3A00%3A00Z`);
      expect(run.requests[0].headers.authorization).toBe('Bearer secret');
    });

    it('asks for the figures across cases without --case, and fails with the service’s refusal', async () => {
      const run = await rtop(['figures'], { answer: () => new Response('{"status":401,"rule":"bearer-token"}', { status: 401 }) });
      expect(run.status).toBe(3);
      expect(run.requests[0].url).toBe('http://localhost:3000/accountability/figures');
      expect(run.stderr).toMatch(/answered 401/);
    });
  });
});
