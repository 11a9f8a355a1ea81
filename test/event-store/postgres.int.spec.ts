import { SqlEventStore, postgresSession } from '@rtop/event-store';
import { createTestDatabase, TestDatabase } from '@rtop/testing';
import { describeEventStoreContract } from './event-store.contract';

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
