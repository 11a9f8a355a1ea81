/**
 * Deciders' states hold Maps and Sets; JSON holds neither. Stored states keep them tagged so that
 * what is read back is the state the decider folded, not a look-alike.
 */
const MAP = '$map';
const SET = '$set';

export function encodeState(state: unknown): string {
  return JSON.stringify(state, (_key, value: unknown) => {
    if (value instanceof Map) return { [MAP]: [...value.entries()] };
    if (value instanceof Set) return { [SET]: [...value.values()] };
    return value;
  });
}

/** The state `encodeState` stored; its caller names its type. */
export function decodeState(json: string | object): unknown {
  const text = typeof json === 'string' ? json : JSON.stringify(json);
  return JSON.parse(text, (_key, value: unknown) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      if (keys.length === 1 && keys[0] === MAP) return new Map((value as Record<string, [unknown, unknown][]>)[MAP]);
      if (keys.length === 1 && keys[0] === SET) return new Set((value as Record<string, unknown[]>)[SET]);
    }
    return value;
  });
}
