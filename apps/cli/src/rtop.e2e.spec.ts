import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@rtop/testing';
import { playKenya2008, settledTimeline } from '../../../scripts/demo/kenya-2008';
import { Standalone, startStandalone } from '../../../test/standalone/standalone-harness';
import { CliIo } from './cli-io';
import { runCli } from './run-cli';

/** `rtop export` then `rtop verify` on the demo case, played against the standalone app. */
describe('rtop export and verify on the demo case (standalone on pglite)', () => {
  let rtop: Standalone;
  let caseId: string;
  let token: string;
  let dir: string;
  let stderr: string;
  const io = (): CliIo => ({
    stdout: () => undefined,
    stderr: (text) => void (stderr += text),
    env: { RTOP_TOKEN: token },
    fetch,
    interactive: false,
  });
  const run = async (...args: string[]) => {
    stderr = '';
    return runCli(args, io());
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rtop-export-'));
    rtop = await startStandalone('pglite');
    caseId = (await playKenya2008(rtop, () => undefined)).caseId;
    const auditor = rtop.as('un-general-assembly', 'auditor', 'auditor');
    const timeline = await settledTimeline(auditor, caseId);
    // The auditor's token, as the harness's client sends it.
    const spy = jest.spyOn(globalThis, 'fetch');
    const published = await auditor.get('/accountability/public-key');
    token = (spy.mock.calls[0][1]?.headers as Record<string, string>).authorization.replace(/^Bearer /, '');
    spy.mockRestore();
    writeFileSync(join(dir, 'ledger.pem'), published.body.publicKey);
    await eventually(async () => expect((await auditor.get(`/cases/${caseId}/bundle`)).body.entries).toHaveLength(timeline.length), 30_000);
  }, 180_000);
  afterAll(async () => {
    await rtop.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses the export to a token without the auditor role, whether or not the case exists', async () => {
    const officer = rtop.as('un-general-assembly', 'officer');
    for (const onCase of [caseId, randomUUID()])
      expect(await officer.get(`/cases/${onCase}/bundle`)).toMatchObject({ status: 403, body: { rule: 'auditors-only' } });
  });

  it('exports the case and verifies it offline against the published key', async () => {
    expect(await run('export', '--case', caseId, '--out', join(dir, 'bundle.json'), '--url', rtop.baseUrl)).toBe(0);
    expect(await run('verify', join(dir, 'bundle.json'), '--public-key', join(dir, 'ledger.pem'))).toBe(0);
  });

  it('fails naming the event when any single event of the exported file is changed', async () => {
    const bundle = JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8'));
    for (const [position, entry] of bundle.entries.entries()) {
      const altered = JSON.parse(JSON.stringify(bundle));
      altered.entries[position].event.data = { ...entry.event.data, altered: true };
      writeFileSync(join(dir, 'altered.json'), JSON.stringify(altered));
      expect(await run('verify', join(dir, 'altered.json'), '--public-key', join(dir, 'ledger.pem'))).toBe(1);
      expect(stderr).toBe(
        `FAILED: event ${entry.event.eventId} (${entry.event.context}/${entry.event.type}): hash does not match its content\n`,
      );
    }
  });
});
