import canonicalize from 'canonicalize';

/**
 * JSON canonicalised per RFC 8785 (JCS), by the `canonicalize` library: keys sorted by UTF-16 code
 * units, ECMAScript number and string serialisation, no white space. NaN and Infinity, which JSON
 * cannot carry, are refused. A Date is written as its ISO string (its toJSON), as JSON.stringify
 * and the event store write it, so a digest taken before a value is stored equals the one taken
 * after it is read back. An absent value (undefined) gives undefined, as JSON.stringify does:
 * callers compare optional fields that way.
 */
export function canonicalJson(value: unknown): string {
  return canonicalize(value) as string;
}
