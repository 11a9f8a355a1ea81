import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy, buildMessage, isISO8601 } from 'class-validator';

/** What the API says of occurredAt, on every act that happens off the system. */
export const OCCURRED_AT_DESCRIPTION =
  'When the act happened, for an act done off the system and entered later (a meeting held on 8 January entered on the 10th): ' +
  'an ISO 8601 instant, now when absent. It is the event’s occurred time (timeline by=occurred); when it was entered is its recorded time. ' +
  'More than a minute after now is refused with 400 (occurred-at-in-the-future); before the act it depends on (the vote before the draft was put to it, ' +
  'the meeting before it was convened) with 422 (occurred-before-<dependency>).';

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

export const IsInstant = () =>
  ValidateBy({
    name: 'isInstant',
    validator: {
      validate: isInstant,
      defaultMessage: buildMessage((each) => `${each}$property must be an ISO 8601 instant such as 2008-01-08T15:00:00Z`),
    },
  });

/** The optional occurredAt an act done off the system carries; extend it, or take it as the body of an act with no other fields. */
export class OccurredAtDto {
  @ApiPropertyOptional({ format: 'date-time', example: '2008-01-08T15:00:00Z', description: OCCURRED_AT_DESCRIPTION })
  @IsOptional()
  @IsInstant()
  occurredAt?: string;
}

/**
 * The command's occurredAt from a request's (undefined when it has none): spread it after the
 * request's fields, so it replaces the string the request carried.
 */
export const occurredAtFrom = (dto: { readonly occurredAt?: string } | undefined): { occurredAt: Date | undefined } => ({
  occurredAt: dto?.occurredAt ? new Date(dto.occurredAt) : undefined,
});
