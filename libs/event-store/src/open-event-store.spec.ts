import { describeEventStore, eventStoreConfigFromEnv } from './open-event-store';

describe('choosing the event store from the environment', () => {
  it('keeps the streams in SQL by default: PostgreSQL with DATABASE_URL, else the embedded store', () => {
    expect(eventStoreConfigFromEnv({ DATABASE_URL: 'postgres://db/rtop' })).toEqual({
      adapter: 'postgres',
      databaseUrl: 'postgres://db/rtop',
    });
    expect(eventStoreConfigFromEnv({ EVENT_STORE: 'sql' }, '/data')).toEqual({ adapter: 'pglite', dataDir: '/data/event-store' });
  });

  it('puts the streams in KurrentDB with EVENT_STORE=kurrentdb, and the read models in SQL beside it', () => {
    const config = eventStoreConfigFromEnv({
      EVENT_STORE: 'kurrentdb',
      KURRENTDB_URL: 'kurrentdb://k:2113?tls=false',
      DATABASE_URL: 'postgres://db/rtop',
    });
    expect(config).toEqual({
      adapter: 'kurrentdb',
      kurrentDbUrl: 'kurrentdb://k:2113?tls=false',
      readModels: { adapter: 'postgres', databaseUrl: 'postgres://db/rtop' },
    });
    expect(describeEventStore(config)).toBe('KurrentDB (KURRENTDB_URL), read models in PostgreSQL (DATABASE_URL)');
  });

  it('refuses KurrentDB without its URL, and a store it does not know, naming what to set', () => {
    expect(() => eventStoreConfigFromEnv({ EVENT_STORE: 'kurrentdb' })).toThrow(/needs KURRENTDB_URL/);
    expect(() => eventStoreConfigFromEnv({ EVENT_STORE: 'eventstoredb' })).toThrow(/use sql \(the default\) or kurrentdb/);
  });
});
