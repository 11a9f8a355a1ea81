import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RtopEnvironment } from './rtop-environment';
import { settingsOf } from './setting';
import { settingsTable } from './settings-table';

const ROOT = join(__dirname, '..', '..', '..');
const GENERATED = /<!-- settings: generated from libs\/config\/src\/rtop-environment\.ts -->\n([\s\S]*?)\n<!-- \/settings -->/;
/** Named like a setting, but a constant of the code. */
const NOT_SETTINGS = new Set(['RTOP_UUID_NAMESPACE']);

function sourcesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.spec.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A table's text, however a formatter has padded its cells. */
const unpadded = (markdown: string) =>
  markdown
    .split('\n')
    .map((line) => (line.startsWith('|') ? line.replace(/ *(?<!\\)\| */g, '|').replace(/-{3,}/g, '---') : line))
    .join('\n');

describe('the operators’ table of settings', () => {
  it('is docs/configuration.md, as the schema declares each setting', () => {
    const doc = GENERATED.exec(readFileSync(join(ROOT, 'docs', 'configuration.md'), 'utf8'));
    expect(unpadded(doc?.[1].trim() ?? '')).toBe(unpadded(settingsTable()));
  });

  it('has every variable the product names', () => {
    const named = new Map<string, string>();
    for (const file of ['apps', 'libs'].flatMap((folder) => sourcesUnder(join(ROOT, folder)))) {
      for (const [name] of readFileSync(file, 'utf8').matchAll(/\b(?:RTOP|KAFKA|OTEL|KURRENTDB)_[A-Z0-9_]*[A-Z0-9]\b|\bDATABASE_URL\b/g))
        if (!NOT_SETTINGS.has(name)) named.set(name, relative(ROOT, file));
    }
    const undocumented = [...named].filter(([name]) => !settingsOf(RtopEnvironment).has(name));
    expect(undocumented).toEqual([]);
  });
});
