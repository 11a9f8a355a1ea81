import { EventLog } from '@rtop/event-log';
import { EventStore, SqlEventStore, SqlSession, schemaOf } from '@rtop/event-store';
import { loadDeploymentKeys } from '@rtop/identity';
import { Actor } from '@rtop/kernel';
import { BOTH_ADAPTERS, publishedBy, Reaction, ScratchSession, scratchSession } from '@rtop/testing';
import { AccountabilityLedger } from '../ledger/application/accountability-ledger';
import { LedgerTree } from '../ledger/ledger-tree';
import { RecordTimelineEntry } from './record-timeline-entry';
import { ACCOUNTABILITY, caseIndexStreamId, indexedCaseIds, timelineStreamId } from './timeline-streams';

const RIFT_VALLEY = 'c0ffee00-0000-4000-8000-0000000000e1';
const RAKHINE = 'c0ffee00-0000-4000-8000-0000000000e2';
const VANNI = 'c0ffee00-0000-4000-8000-0000000000e3';
const officer: Actor = { body: 'un-joint-office', person: 'officer-1', role: 'officer' };

/** The n-th report filed on a case, as the log delivers it. */
const reportFiled = (caseId: string, n: number) =>
  publishedBy('focal-point', 'information-report-filed', { reportId: `r-${n}` }, officer, {
    caseId,
    eventId: `${caseId}|report|${n}`,
    revision: BigInt(n),
  });

describe.each(BOTH_ADAPTERS)('recording every context’s events on %s', (adapter) => {
  let scratch: ScratchSession;
  let sql: SqlSession;
  let store: EventStore;
  let ledger: AccountabilityLedger;
  /** The appends of an index entry the store was asked for, whether they wrote anything or not. */
  let indexAppends = 0;
  /** The index append that is to fail, as a process stopping between the two appends would leave it. */
  let crashOnIndexOf: string | undefined;
  /** A process's reaction, with a memory of its own. */
  const startedProcess = () => new RecordTimelineEntry({} as EventLog, store, ledger) as unknown as Reaction;
  const timelineOf = async (caseId: string) => (await store.readStream(timelineStreamId(caseId))).map((e) => e.metadata.causationId);

  beforeAll(async () => {
    scratch = await scratchSession(adapter, 'record-timeline');
    ({ sql } = scratch);
    const sqlStore = await SqlEventStore.open({ ...sql, close: () => Promise.resolve() }, schemaOf(ACCOUNTABILITY));
    const append = sqlStore.append.bind(sqlStore);
    sqlStore.append = (streamId, events, expected) => {
      if (streamId === caseIndexStreamId()) {
        indexAppends += 1;
        const caseId = events[0].metadata.caseId as string;
        if (caseId === crashOnIndexOf) return Promise.reject(new Error(`the process stopped before indexing ${caseId}`));
      }
      return append(streamId, events, expected);
    };
    store = sqlStore;
    ledger = new AccountabilityLedger(store, loadDeploymentKeys(scratch.dataDir, {}), new LedgerTree(sql));
  }, 120_000);

  afterAll(async () => {
    await scratch.discard();
  });

  beforeEach(() => {
    indexAppends = 0;
    crashOnIndexOf = undefined;
  });

  it('indexes each case once, with its first event, however many events of it come and come again', async () => {
    const reaction = startedProcess();
    const delivered = [
      reportFiled(RIFT_VALLEY, 0),
      reportFiled(RIFT_VALLEY, 1),
      reportFiled(RAKHINE, 0),
      reportFiled(RIFT_VALLEY, 1),
      reportFiled(RIFT_VALLEY, 2),
      reportFiled(RAKHINE, 1),
    ];
    for (const event of delivered) await reaction.react(event);

    expect(indexAppends).toBe(2);
    expect(await indexedCaseIds(store)).toEqual([RIFT_VALLEY, RAKHINE]);
    expect(await timelineOf(RIFT_VALLEY)).toEqual([0, 1, 2].map((n) => reportFiled(RIFT_VALLEY, n).eventId));
    expect(await timelineOf(RAKHINE)).toEqual([0, 1].map((n) => reportFiled(RAKHINE, n).eventId));
    expect((await ledger.entries()).map((entry) => entry.event.eventId)).toEqual([...new Set(delivered.map((e) => e.eventId))]);
  });

  it('appends a case’s index entry once more after a restart, which the store keeps once', async () => {
    const restarted = startedProcess();

    await restarted.react(reportFiled(RIFT_VALLEY, 3));
    await restarted.react(reportFiled(RIFT_VALLEY, 4));
    await restarted.react(reportFiled(RAKHINE, 2));

    expect(indexAppends).toBe(2);
    expect(await indexedCaseIds(store)).toEqual([RIFT_VALLEY, RAKHINE]);
    expect(await timelineOf(RIFT_VALLEY)).toHaveLength(5);
  });

  it('repairs a stop between a case’s timeline entry and its index entry when the event comes again', async () => {
    crashOnIndexOf = VANNI;
    await expect(startedProcess().react(reportFiled(VANNI, 0))).rejects.toThrow(/stopped before indexing/);
    expect(await timelineOf(VANNI)).toEqual([reportFiled(VANNI, 0).eventId]);
    expect(await indexedCaseIds(store)).toEqual([RIFT_VALLEY, RAKHINE]);

    crashOnIndexOf = undefined;
    await startedProcess().react(reportFiled(VANNI, 0));

    expect(await indexedCaseIds(store)).toEqual([RIFT_VALLEY, RAKHINE, VANNI]);
    expect(await timelineOf(VANNI)).toEqual([reportFiled(VANNI, 0).eventId]);
    expect((await ledger.entries()).filter((entry) => entry.event.caseId === VANNI)).toHaveLength(1);
  });
});
