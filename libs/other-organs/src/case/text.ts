import { InvalidCommand, isIso3166Alpha3 } from '@rtop/kernel';

/** A record that says nothing is not a record: blank text is refused under the rule named. */
export function requireText(rule: string, what: string, text: string): string {
  if (!text.trim()) throw new InvalidCommand(rule, `${what} must not be blank`);
  return text.trim();
}

export function parseState(state: string): string {
  if (!isIso3166Alpha3(state)) {
    throw new InvalidCommand('iso-3166-alpha-3', `'${state}' is not an ISO 3166-1 alpha-3 country code such as KEN`);
  }
  return state;
}
