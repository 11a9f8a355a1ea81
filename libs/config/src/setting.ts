/** Where a setting belongs in the operators' table (docs/configuration.md). */
export type Section =
  | 'Process and storage'
  | 'Event log (Kafka)'
  | 'Identity and keys'
  | 'Rate limits'
  | 'Logs, metrics, traces, health'
  | 'Security Council'
  | 'General Assembly'
  | 'Accountability'
  | 'Liaison offices (webhooks and live stream)'
  | 'Command line';

export interface SettingDoc {
  readonly section: Section;
  /** What the setting sets, for the operators' table. */
  readonly about: string;
  /** The value when unset, as an operator would write it; it is read exactly as a set value is. */
  readonly default?: string;
  /** What leaving it unset means, when that is not a value (`no OpenID Connect provider`). */
  readonly unset?: string;
  /** A key, a token or a URL that may carry a password: never repeated in an error message. */
  readonly secret?: boolean;
}

const schemas = new WeakMap<object, Map<string, SettingDoc>>();

/** Declares a property of a schema an environment variable of the same name, documented once. */
export function Setting(doc: SettingDoc): PropertyDecorator {
  return (prototype, property) => {
    const settings = schemas.get(prototype) ?? new Map<string, SettingDoc>();
    schemas.set(prototype, settings.set(String(property), doc));
  };
}

/** The settings a schema declares, in its order. */
export function settingsOf(schema: abstract new () => unknown): ReadonlyMap<string, SettingDoc> {
  return schemas.get(schema.prototype as object) ?? new Map<string, SettingDoc>();
}
