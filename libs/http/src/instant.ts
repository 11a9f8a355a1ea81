import { isISO8601 } from 'class-validator';
import { InvalidCommand } from '@rtop/kernel';

/**
 * A time in a request: an ISO 8601 date or instant that reads as one (a week or ordinal date, such
 * as 2008-W05-1, is valid ISO 8601 but names no instant a Date can hold), in the years 1 to 9999
 * once in UTC. A Date holds years far past those, but the database does not read them back
 * (+010000-01-01T00:00:00.000Z), and no act of the Responsibility to Protect is dated there.
 */
export function isInstant(value: unknown): boolean {
  if (typeof value !== 'string' || !isISO8601(value, { strict: true })) return false;
  const year = new Date(value).getUTCFullYear();
  return year >= 1 && year <= 9999;
}

/**
 * An instant a query parameter names (asOf, now, updatedSince), absent when the parameter is;
 * refused with 400 iso-8601-instant otherwise. The refusal does not quote what was sent.
 */
export function instantParameter(name: string, value: unknown): Date | undefined {
  if (value === undefined || value === '') return undefined;
  if (!isInstant(value)) throw new InvalidCommand('iso-8601-instant', `${name} must be an ISO 8601 instant, such as 2008-12-31T23:59:59Z`);
  return new Date(value as string);
}
