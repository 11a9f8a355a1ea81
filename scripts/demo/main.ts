import { existsSync } from 'node:fs';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Body } from '@rtop/kernel';
import { Rtop, httpClient } from './http';
import { playKenya2008, settledTimeline, timelineTable } from './kenya-2008';

/**
 * `npm run demo`: plays the Kenya 2007–08 scenario against a running standalone rtop and prints
 * the case's timeline. RTOP_URL names the server (default http://localhost:3000); RTOP_DATA_DIR
 * its data folder, whose signing key mints the actors' tokens (default .rtop-data, as the server's).
 */
async function main(): Promise<void> {
  const baseUrl = (process.env.RTOP_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  const dataDir = process.env.RTOP_DATA_DIR ?? '.rtop-data';
  const health = await fetch(`${baseUrl}/health`).catch((error: unknown) => messageOf(error));
  if (typeof health === 'string' || !health.ok) {
    throw new Error(
      `no rtop answering at ${baseUrl} (start one with \`npm start\`, or set RTOP_URL): ${typeof health === 'string' ? health : health.status}`,
    );
  }
  // Keys made afresh here would sign tokens the server refuses: use the server's folder or nothing.
  if (!process.env.RTOP_TOKEN_PRIVATE_KEY && !existsSync(dataDir)) {
    throw new Error(
      `no data folder at ${dataDir}: set RTOP_DATA_DIR to the running server's (or RTOP_TOKEN_PRIVATE_KEY to its signing key)`,
    );
  }
  const { tokenPrivateKey } = loadDeploymentKeys(dataDir);
  if (!tokenPrivateKey) throw new Error(`no signing key under ${dataDir}: set RTOP_DATA_DIR to the server's data folder`);
  const rtop: Rtop = {
    as: (body: Body, person = `${body} officer`) => httpClient(baseUrl, mintToken(tokenPrivateKey, { body, person, role: 'officer' })),
  };

  let step = 0;
  const { caseId } = await playKenya2008(rtop, (line) => console.log(`${String(++step).padStart(3)}. ${line}`));

  // Read as an auditor, who reads every event of the case (docs/read-policy.md).
  const auditor = httpClient(baseUrl, mintToken(tokenPrivateKey, { body: 'un-joint-office', person: 'Auditor', role: 'auditor' }));
  const timeline = await settledTimeline(auditor, caseId, 'occurred');
  console.log(
    `\nTimeline of case ${caseId} by when each event happened (GET /cases/${caseId}/timeline?by=occurred), ${timeline.length} events:\n`,
  );
  for (const line of timelineTable(timeline)) console.log(line);
  console.log(
    `\nThe same events in the order they were recorded: GET /cases/${caseId}/timeline?by=recorded; the auditors' page (sign in with an auditor's token): ${baseUrl}/page-session?next=/cases/${caseId}/timeline/page`,
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

main().catch((error: unknown) => {
  const message = messageOf(error);
  console.error(`\ndemo failed: ${message}`);
  if (/401/.test(message)) console.error(`(a 401 means the tokens were signed with another key: RTOP_DATA_DIR must be the server's)`);
  process.exit(1);
});
