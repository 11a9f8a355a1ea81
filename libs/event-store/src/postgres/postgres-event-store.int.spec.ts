import { createTestDatabase, TestDatabase } from '@rtop/testing';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { SqlEventStore } from '../sql/sql-event-store';
import { postgresSession } from './postgres-session';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describeEventStoreContract('PostgreSQL', {
  open: () => SqlEventStore.open(postgresSession(database.url)),
});
