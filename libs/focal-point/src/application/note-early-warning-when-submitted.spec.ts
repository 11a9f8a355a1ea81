import { CommandBus } from '@nestjs/cqrs';
import { EventLog, LoggedEvent } from '@rtop/event-log';
import { EventStore, RecordedEvent } from '@rtop/event-store';
import { deterministicUuid } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { Case, CaseCommand } from '../case/case';
import { CaseEvent } from '../case/case-events';
import { JOINT_OFFICE_CASE } from './case-stream';
import { NoteEarlyWarningWhenSubmitted } from './note-early-warning-when-submitted';

const caseId = 'c0ffee00-0000-4000-8000-000000000001';
const actor = { body: 'igad', person: 'cewarn-director', role: 'director' };

const submitted = (data: object, type = 'early-warning-report-submitted'): LoggedEvent => ({
  eventId: 'e3a10000-0000-4000-8000-000000000002',
  type,
  data: { reportId: 'cewarn-2008-014', caseId, ...data },
  metadata: { caseId, context: 'regional-bodies', schemaVersion: 1, actor, occurredAt: '2008-01-02T09:00:00.000Z' },
  streamId: `regional-bodies-case-${caseId}`,
  revision: 0n,
  recordedAt: new Date('2008-01-02T09:00:01.000Z'),
  context: 'regional-bodies',
  caseId,
});

/** The Joint Office's store, holding the gradings of IGAD as a source. */
function storeWith(gradings: readonly RecordedEvent[]): EventStore {
  return {
    readStream: (streamId: string) => Promise.resolve(streamId === 'focal-point-source-named-igad' ? gradings : []),
  } as unknown as EventStore;
}

function reactionWith(store: EventStore) {
  const bus = {
    execute: jest.fn<Promise<unknown>, [ExecuteOnStream<CaseCommand, CaseEvent, Case>]>(() =>
      Promise.resolve({ events: [], revision: 0n }),
    ),
  };
  const reaction = new NoteEarlyWarningWhenSubmitted({} as EventLog, store, bus as unknown as CommandBus);
  return { bus, react: (event: LoggedEvent) => (reaction as unknown as { react(e: LoggedEvent): Promise<void> }).react(event) };
}

describe('note a regional early-warning report when a regional body submits one', () => {
  it('files it on the case with the sender’s reliability as graded, once however often the event comes', async () => {
    const graded = {
      type: 'source-reliability-graded',
      data: {
        source: { kind: 'named', name: 'igad' },
        reliability: 'C',
        reason: 'mixed record',
        gradedAt: '2007-06-01T00:00:00.000Z',
        caseId,
      },
    } as unknown as RecordedEvent;
    const { bus, react } = reactionWith(storeWith([graded]));
    const indicators = [{ kind: 'conflict', category: 'armed-intervention', description: 'Armed raids on grazing land' }];
    await react(
      submitted({
        summary: 'Raids rising',
        observedAt: '2007-12-30T00:00:00.000Z',
        location: 'Karamoja cluster',
        indicators,
        riskFactors: [1],
      }),
    );
    expect(bus.execute).toHaveBeenCalledWith(
      expect.objectContaining({
        kind: JOINT_OFFICE_CASE,
        command: {
          type: 'note-early-warning-report',
          caseId,
          reportId: deterministicUuid('early-warning|igad|cewarn-2008-014'),
          regionalReportId: 'cewarn-2008-014',
          summary: 'Raids rising',
          observedAt: '2007-12-30T00:00:00.000Z',
          location: 'Karamoja cluster',
          regionalIndicators: indicators,
          riskFactors: [1],
          reliability: 'C',
          actor,
          at: new Date('2008-01-02T09:00:00.000Z'),
          // What the report describes happened when it was observed: that is its occurred time.
          occurredAt: new Date('2007-12-30T00:00:00.000Z'),
        },
        options: {
          idempotencyKey: 'early-warning|e3a10000-0000-4000-8000-000000000002',
          causationId: 'e3a10000-0000-4000-8000-000000000002',
        },
      }),
    );
  });

  it('takes a report without Framework factors or observation time as sent, a sender never graded at F', async () => {
    const { bus, react } = reactionWith(storeWith([]));
    await react(submitted({ summary: 'Raids rising' }));
    expect(bus.execute.mock.calls[0][0].command).toMatchObject({
      regionalIndicators: [],
      riskFactors: [],
      observedAt: '2008-01-02T09:00:00.000Z',
      reliability: 'F',
    });
  });

  it('lets the regional bodies’ other events pass', async () => {
    const { bus, react } = reactionWith(storeWith([]));
    await react(submitted({}, 'regional-decision-adopted'));
    expect(bus.execute).not.toHaveBeenCalled();
  });
});
