import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * A rule is one rule wherever it is enforced: refused under the same name, it is refused with the
 * same kind of error, so with the same HTTP status, in every context. A rule of the workflow is
 * RuleViolated (422); the case not being in a state for the act is StateConflict (409).
 */
const root = join(__dirname, '../../..');
const REFUSAL = /new (InvalidCommand|OutsideRemit|NotFound|StateConflict|RuleViolated)\(\s*'([^']+)'/g;

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourcesUnder(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts') && path.includes(join('src')) ? [path] : [];
  });
}

const libs = join(root, 'libs');
const files = readdirSync(libs).flatMap((lib) => {
  try {
    return sourcesUnder(join(libs, lib, 'src'));
  } catch {
    return [];
  }
});

/** rule → kind of refusal → where it is raised so. */
const raised = new Map<string, Map<string, string[]>>();
for (const file of files) {
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(REFUSAL)) {
    const [, kind, rule] = match;
    const line = source.slice(0, match.index).split('\n').length;
    const kinds = raised.get(rule) ?? new Map<string, string[]>();
    kinds.set(kind, [...(kinds.get(kind) ?? []), `${relative(root, file)}:${line}`]);
    raised.set(rule, kinds);
  }
}

describe('every code for a rule is the same everywhere', () => {
  it('finds the refusals of every context', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(raised.size).toBeGreaterThan(100);
  });

  it('raises each rule with one kind of refusal only', () => {
    const inconsistent = [...raised]
      .filter(([, kinds]) => kinds.size > 1)
      .map(([rule, kinds]) => ({ rule, raisedAs: Object.fromEntries(kinds) }));
    expect(inconsistent).toEqual([]);
  });

  it('refuses one vote too many, in the Council and in the Assembly, as a rule of the workflow (422)', () => {
    expect([...(raised.get('one-vote-per-member')?.keys() ?? [])]).toEqual(['RuleViolated']);
    expect(raised.get('one-vote-per-member')?.get('RuleViolated')).toHaveLength(2);
  });

  it('refuses a cited authority that is no noted decision, for regional enforcement and for measures, as a rule of the workflow (422)', () => {
    for (const rule of ['authorising-decision-noted', 'linked-council-authorisation', 'article-53-council-authorisation']) {
      expect([...(raised.get(rule)?.keys() ?? [])]).toEqual(['RuleViolated']);
    }
  });
});
