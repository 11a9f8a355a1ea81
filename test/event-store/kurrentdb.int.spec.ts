import { randomUUID } from 'node:crypto';
import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import { KurrentDbEventStore } from '@rtop/event-store';
import { describeEventStoreContract } from './event-store.contract';

/** Set by the caller, or by the global setup when a container runtime started KurrentDB. */
const url = process.env.RTOP_TEST_KURRENTDB_URL;
/** A namespace per run: the server outlives the run, and the contract expects an empty store. */
const namespace = `rtop_contract_${randomUUID().replace(/-/g, '')}`;

if (url) {
  describeEventStoreContract('KurrentDB', {
    open: () => Promise.resolve(KurrentDbEventStore.open(KurrentDBClient.connectionString(url), { namespace, ownsClient: true })),
  });
} else {
  describe.skip('event store contract: KurrentDB — skipped: RTOP_TEST_KURRENTDB_URL is not set and no container runtime could start one', () => {
    it('runs wherever a KurrentDB server answers', () => undefined);
  });
}
