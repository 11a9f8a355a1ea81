import { RtopEnvironment } from './rtop-environment';
import { Section, SettingDoc, settingsOf } from './setting';

const cell = (text: string) => text.replace(/\|/g, '\\|');

function row(name: string, doc: SettingDoc): string {
  const unset = doc.default !== undefined ? `\`${doc.default}\`` : (doc.unset ?? 'unset');
  return `| \`${name}\` | ${cell(unset)} | ${cell(doc.about)} |`;
}

/** docs/configuration.md's tables, one per section, as the schema declares the settings. */
export function settingsTable(): string {
  const sections = new Map<Section, string[]>();
  for (const [name, doc] of settingsOf(RtopEnvironment)) sections.set(doc.section, [...(sections.get(doc.section) ?? []), row(name, doc)]);
  return [...sections]
    .map(([section, rows]) => [`### ${section}`, '', '| Variable | When unset | What it sets |', '| --- | --- | --- |', ...rows].join('\n'))
    .join('\n\n');
}
