import { InvalidCommand } from '@rtop/kernel';

/** A statement the record must carry (a reason, a method, a lesson): blank is refused under the rule named. */
export function requireText(value: string | undefined, rule: string, what: string): string {
  if (typeof value !== 'string' || !value.trim()) throw new InvalidCommand(rule, `${what} must be stated`);
  return value;
}
