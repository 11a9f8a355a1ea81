import { GlobalCheckpoint } from '@rtop/event-store';
import { isWholeNumber } from '@rtop/read-model';

/**
 * The checkpoint a feed position names: `<transaction>.<position>`, such as 812.40, as the feed's
 * pages, the live stream's ids and the deliveries write it. Any other text names none, a number
 * past what the log's columns hold included (the database would fail to read it).
 */
export function checkpointAt(text: unknown): GlobalCheckpoint | undefined {
  if (typeof text !== 'string') return undefined;
  const parts = text.split('.');
  if (parts.length !== 2 || !parts.every(isWholeNumber)) return undefined;
  const [transaction, position] = parts;
  return { transactionId: BigInt(transaction), position: BigInt(position) };
}
