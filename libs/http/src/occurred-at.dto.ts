import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, ValidateBy, buildMessage } from 'class-validator';
import { isInstant } from './instant';

/** What the API says of occurredAt, on every act that happens off the system. */
export const OCCURRED_AT_DESCRIPTION =
  'When the act happened, for an act done off the system and entered later (a meeting held on 8 January entered on the 10th): ' +
  'an ISO 8601 instant, now when absent. It is the event’s occurred time (timeline by=occurred); when it was entered is its recorded time. ' +
  'More than a minute after now is refused with 400 (occurred-at-in-the-future); before the act it depends on (the vote before the draft was put to it, ' +
  'the meeting before it was convened) with 422 (occurred-before-<dependency>).';

/** A body's time, read by isInstant. */
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
