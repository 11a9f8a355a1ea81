import { SqlSession } from './sql-session';

/** The most appends one transaction takes. */
const MOST_PER_COMMIT = 64;

interface Placement {
  readonly streamId: string;
  readonly expected: string;
  /** The events, as the JSON array the store's functions take. */
  readonly events: string;
  readonly resolve: (nextRevision: bigint | undefined) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: appends that come while the store's transactions are all busy wait, and go
 * together in the next one, so that many writers share a commit (and its flush to disk) instead
 * of queueing for one each. A writer alone is sent at once, as before.
 */
export class GroupCommit {
  private waiting: Placement[] = [];
  private busy = 0;

  /** `inFlight`: how many transactions of appends may be open at once. */
  constructor(
    private readonly sql: SqlSession,
    private readonly schema: string,
    private readonly inFlight: number,
  ) {}

  /**
   * Writes the events once the expected version holds: the stream's revision after them, once
   * committed; undefined when the expected version did not hold, and nothing was written.
   */
  place(streamId: string, expected: string, events: string): Promise<bigint | undefined> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ streamId, expected, events, resolve, reject });
      this.send();
    });
  }

  private send(): void {
    while (this.waiting.length && this.busy < this.inFlight) {
      const batch = this.waiting.splice(0, MOST_PER_COMMIT);
      this.busy++;
      void this.commit(batch).finally(() => {
        this.busy--;
        this.send();
      });
    }
  }

  private async commit(batch: readonly Placement[]): Promise<void> {
    try {
      const placed = batch.length === 1 ? [await this.placeOne(batch[0])] : await this.placeAll(batch);
      batch.forEach((placement, i) => placement.resolve(placed[i]));
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      // One append failed (an event id used already) and took the others with it: each goes again alone.
      await Promise.all(batch.map((placement) => this.commit([placement])));
    }
  }

  private async placeOne({ streamId, expected, events }: Placement): Promise<bigint | undefined> {
    const [row] = await this.sql.query<{ next_revision: string | null }>(
      `select ${this.schema}.rtop_place($1, $2, $3::jsonb)::text as next_revision`,
      [streamId, expected, events],
    );
    return revision(row.next_revision);
  }

  private async placeAll(batch: readonly Placement[]): Promise<(bigint | undefined)[]> {
    const appends = batch.map(
      ({ streamId, expected, events }) =>
        `{"stream":${JSON.stringify(streamId)},"expected":${JSON.stringify(expected)},"events":${events}}`,
    );
    const rows = await this.sql.query<{ item: number; next_revision: string | null }>(
      `select item, next_revision::text as next_revision from ${this.schema}.rtop_place_all($1::jsonb)`,
      [`[${appends.join(',')}]`],
    );
    const placed = new Array<bigint | undefined>(batch.length);
    for (const row of rows) placed[row.item - 1] = revision(row.next_revision);
    return placed;
  }
}

const revision = (text: string | null) => (text === null ? undefined : BigInt(text));
