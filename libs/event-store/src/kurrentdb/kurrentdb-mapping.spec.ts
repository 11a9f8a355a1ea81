import { START } from '@kurrent/kurrentdb-client';
import { START_OF_LOG, isAfter } from '../event-store.port';
import {
  checkpointOf,
  claimData,
  claimOf,
  firstRevisionAt,
  isAtOrBefore,
  readPositionAfter,
  streamNames,
  toEventData,
  toRecordedEvent,
} from './kurrentdb-mapping';

const names = streamNames('rtop_focal_point');

describe('KurrentDB mapping: a context in a database shared with others', () => {
  it('keeps a context’s events under its namespace and reads their ids back', () => {
    expect(names.events('case-7')).toBe('rtop_focal_point:case-7');
    expect(names.streamIdOf('rtop_focal_point:case-7')).toBe('case-7');
    expect(() => names.streamIdOf('rtop_accountability:case-7')).toThrow(/not in rtop_focal_point/);
  });

  it('keeps its claims and checkpoints outside the prefix its global log is filtered on', () => {
    const own = [names.claim('0B8E9C1A-0000-4000-8000-000000000001'), names.checkpoint('relay')];
    expect(own.some((name) => name.startsWith(names.eventsPrefix))).toBe(false);
    expect(names.claim('0B8E9C1A-0000-4000-8000-000000000001')).toBe(names.claim('0b8e9c1a-0000-4000-8000-000000000001'));
  });

  it('does not take another context whose name starts the same for its own', () => {
    expect(streamNames('rtop_focal_point_archive').events('x').startsWith(names.eventsPrefix)).toBe(false);
  });
});

describe('KurrentDB mapping: positions in $all as global checkpoints', () => {
  it('orders (commit, prepare) as the SQL store orders (transaction, position)', () => {
    const at = checkpointOf({ commit: 10n, prepare: 7n });
    expect(at).toEqual({ transactionId: 10n, position: 7n });
    expect(isAtOrBefore({ commit: 10n, prepare: 7n }, at)).toBe(true);
    expect(isAtOrBefore({ commit: 10n, prepare: 8n }, at)).toBe(false);
    expect(isAtOrBefore({ commit: 9n, prepare: 99n }, at)).toBe(true);
    expect(isAfter({ transactionId: 11n, position: 0n }, at)).toBe(true);
    expect(isAfter({ transactionId: 9n, position: 99n }, at)).toBe(false);
  });

  it('reads from the start of $all for the start of the log, else from the checkpoint itself', () => {
    expect(readPositionAfter(START_OF_LOG)).toBe(START);
    expect(readPositionAfter({ transactionId: 10n, position: 7n })).toEqual({ commit: 10n, prepare: 7n });
  });
});

describe('KurrentDB mapping: events both ways', () => {
  const eventId = '0b8e9c1a-0000-4000-8000-000000000001';
  const written = toEventData({
    eventId,
    type: 'case-opened',
    data: { caseId: 'c-1', n: 2 },
    metadata: { actor: 'jo', at: 3, tags: ['x'] },
  });

  it('carries the metadata as one JSON string, the only kind an atomic append to several streams takes', () => {
    expect(written).toMatchObject({ id: eventId, type: 'case-opened', contentType: 'application/json', data: { caseId: 'c-1', n: 2 } });
    expect(written.metadata).toEqual({ rtop: JSON.stringify({ actor: 'jo', at: 3, tags: ['x'] }) });
  });

  it('gives back what was written, with its place in the stream and in $all', () => {
    const created = new Date('2026-01-02T03:04:05Z');
    const read = toRecordedEvent(
      {
        streamId: 'rtop_focal_point:case-7',
        id: eventId,
        isJson: true,
        revision: 4n,
        type: 'case-opened',
        created,
        data: { caseId: 'c-1', n: 2 },
        metadata: { ...(written.metadata as object), 'added-by-server': 'x' },
        position: { commit: 10n, prepare: 7n },
      },
      names,
    );
    expect(read).toEqual({
      eventId,
      type: 'case-opened',
      data: { caseId: 'c-1', n: 2 },
      metadata: { actor: 'jo', at: 3, tags: ['x'] },
      streamId: 'case-7',
      revision: 4n,
      checkpoint: { transactionId: 10n, position: 7n },
      recordedAt: created,
    });
  });

  it('refuses an event without its position rather than invent one', () => {
    expect(() =>
      toRecordedEvent(
        {
          streamId: 'rtop_focal_point:case-7',
          id: eventId,
          isJson: true,
          revision: 0n,
          type: 't',
          created: new Date(),
          data: {},
          metadata: undefined,
        },
        names,
      ),
    ).toThrow(/25\.1 or later/);
  });

  it('claims an id with the stream and revision it went in at', () => {
    const claim = claimData('0b8e9c1a-0000-4000-8000-000000000002', { streamId: 'case-7', revision: 12n });
    expect(
      claimOf({
        streamId: names.claim(eventId),
        id: claim.id,
        isJson: true,
        revision: 0n,
        type: claim.type,
        created: new Date(),
        data: claim.data as never,
        metadata: undefined,
      }),
    ).toEqual({
      streamId: 'case-7',
      revision: 12n,
    });
  });

  it('numbers a batch from the revision after the one expected', () => {
    expect(firstRevisionAt('no_stream')).toBe(0n);
    expect(firstRevisionAt(4n)).toBe(5n);
  });
});
