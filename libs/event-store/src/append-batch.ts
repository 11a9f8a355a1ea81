import { InvalidAppend } from './event-store.errors';
import { NewEvent } from './event-store.port';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (id: string): boolean => UUID.test(id);

/** What every adapter refuses before it writes anything. */
export function validateBatch(streamId: string, events: readonly NewEvent[]): void {
  if (!streamId) throw new InvalidAppend('a stream id is required');
  if (events.length === 0) throw new InvalidAppend(`append to ${streamId}: a batch holds at least one event`);
  const ids = new Set(events.map((e) => e.eventId));
  if (ids.size !== events.length) throw new InvalidAppend(`append to ${streamId}: event ids repeat within the batch`);
  const badId = events.find((e) => !isUuid(e.eventId));
  if (badId) throw new InvalidAppend(`append to ${streamId}: event id ${badId.eventId} is not a UUID`);
}
