import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { CONTEXT_STORES, ContextStores } from '@rtop/event-store';
import { eventually } from './eventually';

const jointOffice = { body: 'un-joint-office', person: 'Special Adviser', role: 'special-adviser' };

/**
 * Given: the Joint Office opened the case. For a test app that runs a context without the Joint
 * Office's own: its `case-opened` is written to the focal-point store (import
 * `EventLogModule.forContext('focal-point')` so the log follows it), and the test waits until the
 * context noted the case in each stream named.
 */
export async function openedByTheJointOffice(
  app: INestApplication,
  caseId: string,
  noteIn: readonly { context: string; streamId: string }[],
): Promise<void> {
  const stores = app.get<ContextStores>(CONTEXT_STORES);
  const focalPoint = stores.get('focal-point');
  if (!focalPoint) throw new Error("import EventLogModule.forContext('focal-point') to open cases in this test app");
  const situation = 'Kenya, post-election violence';
  const metadata = { caseId, context: 'focal-point', schemaVersion: 1, actor: jointOffice, occurredAt: new Date().toISOString() };
  const data = {
    caseId,
    situation,
    crimes: [{ crime: 'crimes-against-humanity', incitement: false }],
    summary: 'Violence after the disputed election',
  };
  await focalPoint.append(`focal-point-case-${caseId}`, [{ eventId: randomUUID(), type: 'case-opened', data, metadata }], 'any');
  for (const { context, streamId } of noteIn) {
    await eventually(async () => {
      const events = await stores.get(context)!.readStream(streamId);
      expect(events.some((e) => e.type === 'case-noted')).toBe(true);
    });
  }
}
