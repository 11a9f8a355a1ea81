import { applyDecorators } from '@nestjs/common';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min, ValidateBy, ValidationArguments, isTimeZone } from 'class-validator';
import { MemberStateBody, isMemberStateBody, unStandingOf } from '@rtop/kernel';

/**
 * The kinds of value a setting takes: each reads the variable's text into its value, and names
 * the variable and the rule when the text is not one. A value the text cannot give becomes NaN
 * (or stays text), for the rule to refuse.
 */

const read = (parse: (text: string) => unknown) =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? parse(value) : value));

const rule = (name: string, test: (value: unknown) => boolean, message: (value: unknown) => string) =>
  ValidateBy({
    name,
    validator: {
      validate: test,
      defaultMessage: (args?: ValidationArguments) => `${args?.property ?? 'the setting'} ${message(args?.value)}`,
    },
  });

const DURATION_UNITS_MS: Readonly<Record<string, number>> = { '': 1, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION_UNITS_S: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** `24h`, `90m`, `30s`, `1500ms`, or a bare number of milliseconds. */
export function milliseconds(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d|)$/.exec(text.trim());
  return match ? Math.round(Number(match[1]) * DURATION_UNITS_MS[match[2]]) : NaN;
}

/** `90s`, `30m`, `12h`, `1d`: a whole number and a unit; never zero. */
export function seconds(text: string): number {
  const match = /^(\d+)(s|m|h|d)$/.exec(text.trim());
  const value = match ? Number(match[1]) * DURATION_UNITS_S[match[2]] : NaN;
  return value > 0 ? value : NaN;
}

const wholeNumber = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text) : NaN);

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** Unset is an empty list. */
const readList = (parse: (items: string[]) => unknown = (items) => items) =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? parse(list(value)) : []));

export const WholeNumber = (min: number, max: number, what: string) =>
  applyDecorators(
    read(wholeNumber),
    IsInt({ message: `$property must be a whole number ${what}` }),
    Min(min, { message: `$property must be at least ${String(min)}` }),
    Max(max, { message: `$property must be at most ${String(max)}` }),
  );

export const Milliseconds = () =>
  applyDecorators(read(milliseconds), IsInt({ message: '$property must be a duration such as 24h, 90m, 30s or 1500ms' }));

export const Seconds = () => applyDecorators(read(seconds), IsInt({ message: '$property must be a duration such as 90s, 30m, 12h or 1d' }));

export const OneOf = (values: readonly string[], message = `must be one of ${values.join(', ')}`) =>
  applyDecorators(
    read((text) => text.trim()),
    IsIn([...values], { message: `$property ${message}` }),
  );

/** Requests per minute per token, or `off`. */
export const PerMinuteOrOff = () =>
  applyDecorators(
    read((text) => (text.trim() === 'off' ? 'off' : /^[1-9]\d{0,8}$/.test(text.trim()) ? Number(text) : text)),
    rule(
      'perMinuteOrOff',
      (value) => value === 'off' || typeof value === 'number',
      () => 'is a whole number of requests per minute per token, or off',
    ),
  );

/** `1` turns it on; unset or `0` leaves it off. */
export const OnWhenOne = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) => (value === undefined ? false : value === '1' ? true : value === '0' ? false : value)),
    rule(
      'onWhenOne',
      (value) => typeof value === 'boolean',
      () => 'must be 1 (on) or 0 (off)',
    ),
  );

/** `true` or `false`; unset is false. */
export const TrueOrFalse = () =>
  applyDecorators(
    Transform(({ value }: { value: unknown }) =>
      value === undefined ? false : value === 'true' ? true : value === 'false' ? false : value,
    ),
    rule(
      'trueOrFalse',
      (value) => typeof value === 'boolean',
      () => 'must be true or false',
    ),
  );

/** Free text; required or not by the rules around it. */
export const Trimmed = () => read((text) => text.trim());

export const Text = () => applyDecorators(IsOptional(), Trimmed());

/** Kept as written (a PEM key's line breaks matter to no one, but its text is not ours to change). */
export const Verbatim = () => IsOptional();

export const Pem = () =>
  applyDecorators(
    IsOptional(),
    rule(
      'pem',
      (value) => typeof value === 'string' && /-----BEGIN [A-Z0-9 ]+-----[\s\S]+-----END [A-Z0-9 ]+-----/.test(value),
      () => 'must be a PEM key (-----BEGIN … KEY----- … -----END … KEY-----)',
    ),
  );

/** A key in base64; of exactly `bytes` bytes when given (a cipher's key has one length). */
export const Base64Key = (bytes?: number) =>
  applyDecorators(
    IsOptional(),
    rule(
      'base64Key',
      (value) =>
        typeof value === 'string' &&
        /^[A-Za-z0-9+/]+={0,2}$/.test(value.trim()) &&
        (bytes === undefined || Buffer.from(value.trim(), 'base64').length === bytes),
      () => (bytes === undefined ? 'must be a key in base64' : `must be a key of ${bytes} bytes in base64`),
    ),
  );

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];

function isTrustedUrl(value: unknown): boolean {
  if (typeof value !== 'string' || !URL.canParse(value)) return false;
  const url = new URL(value);
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.includes(url.hostname));
}

/** Keys are fetched over https; plain http only from this machine (a provider in a test or beside rtop). */
export const HttpsUrl = () =>
  applyDecorators(
    Text(),
    rule('httpsUrl', isTrustedUrl, () => 'must be an https URL (http only on localhost)'),
  );

export const HttpUrl = () =>
  applyDecorators(
    Text(),
    rule(
      'httpUrl',
      (value) => typeof value === 'string' && URL.canParse(value) && ['http:', 'https:'].includes(new URL(value).protocol),
      () => 'must be an http or https URL',
    ),
  );

export const PostgresUrl = () =>
  applyDecorators(
    Text(),
    rule(
      'postgresUrl',
      (value) => typeof value === 'string' && URL.canParse(value) && ['postgres:', 'postgresql:'].includes(new URL(value).protocol),
      () => 'must be a postgres:// URL',
    ),
  );

/** `host:port`, comma-separated; unset stays unset. */
export const Brokers = () =>
  applyDecorators(
    IsOptional(),
    Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? list(value) : value)),
    rule(
      'brokers',
      (value) => Array.isArray(value) && value.length > 0 && value.every((broker) => /^\S+:\d{1,5}$/.test(String(broker))),
      () => 'must list brokers as host:port, comma-separated',
    ),
  );

/** A claim name, or a dotted path into nested claims (`rtop.body`). */
export const ClaimPath = () =>
  applyDecorators(
    read((text) => text.trim()),
    rule(
      'claimPath',
      (value) => typeof value === 'string' && /^[A-Za-z_][\w-]*(\.[A-Za-z_][\w-]*)*$/.test(value),
      () => 'must be a claim name or a dotted path such as rtop.body',
    ),
  );

/** Kafka's own characters for a topic's name, which a namespace prefixes. */
export const TopicPrefix = () =>
  applyDecorators(
    read((text) => text.trim()),
    rule(
      'topicPrefix',
      (value) => typeof value === 'string' && /^[A-Za-z0-9._-]+$/.test(value),
      () => 'may hold only letters, digits, ., _ and -',
    ),
  );

export const IanaTimeZone = () =>
  applyDecorators(
    read((text) => text.trim()),
    rule('ianaTimeZone', isTimeZone, () => 'must be an IANA time zone such as America/New_York'),
  );

const isDay = (day: string) => /^\d{4}-\d{2}-\d{2}$/.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

export const Days = () =>
  applyDecorators(
    readList(),
    rule(
      'days',
      (value) => Array.isArray(value) && value.every((day) => isDay(String(day))),
      (value) => `lists ${firstOf(value, (day) => !isDay(day))}, which is not a day (YYYY-MM-DD)`,
    ),
  );

/**
 * Member States of the United Nations, `member-state:<ISO 3166-1 alpha-3>`; with `bareCodes`, a
 * code alone (`FRA`) names the state too.
 */
export const UnMembers = ({ bareCodes }: { bareCodes: boolean }) =>
  applyDecorators(
    readList((items) => (bareCodes ? items.map((item) => (item.startsWith('member-state:') ? item : `member-state:${item}`)) : items)),
    rule(
      'unMembers',
      (value) => Array.isArray(value) && value.every((state) => isUnMember(String(state))),
      (value) => {
        const wrong = firstOf(value, (state) => !isUnMember(state));
        return isMemberStateBody(wrong)
          ? `lists ${wrong}, which is not a Member of the United Nations`
          : `lists ${wrong}, which is not a member state: write member-state:<ISO 3166-1 alpha-3>`;
      },
    ),
  );

const isUnMember = (state: string): state is MemberStateBody => isMemberStateBody(state) && unStandingOf(state) === 'member';

function firstOf(value: unknown, wrong: (item: string) => boolean): string {
  return (Array.isArray(value) ? value.map(String) : []).find(wrong) ?? '';
}
