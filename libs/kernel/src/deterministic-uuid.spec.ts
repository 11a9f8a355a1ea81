import { v5, validate, version } from 'uuid';
import { RTOP_UUID_NAMESPACE, deterministicUuid } from './deterministic-uuid';

describe('deterministic UUIDs for idempotent commands', () => {
  it('gives a version 5 UUID (RFC 9562, SHA-1) in rtop’s namespace', () => {
    const id = deterministicUuid('un-joint-office|open-case|key-1#0');
    expect(validate(id)).toBe(true);
    expect(version(id)).toBe(5);
    expect(id[19]).toMatch(/[89ab]/);
    expect(id).toBe(v5('un-joint-office|open-case|key-1#0', RTOP_UUID_NAMESPACE));
  });

  it('repeats for the same name and differs for another', () => {
    expect(deterministicUuid('a#0')).toBe(deterministicUuid('a#0'));
    expect(deterministicUuid('a#0')).not.toBe(deterministicUuid('a#1'));
  });

  it('matches the RFC 9562 example: "www.example.com" in the DNS namespace', () => {
    expect(v5('www.example.com', v5.DNS)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});
