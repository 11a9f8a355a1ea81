import { InvalidCommand } from '@rtop/kernel';

/** Free text the record depends on (a summary, reasons, a mandate) must say something. */
export function requireText(value: string, rule: string, message: string): string {
  if (!value.trim()) throw new InvalidCommand(rule, message);
  return value;
}
