import { isIso3166Alpha3 } from '@rtop/kernel';
import { TimelineEntry } from '../timeline/timeline-entry';

/**
 * Where a deployment says each situation lies, for comparing how like cases were treated region
 * by region. A case carries no region: `case-opened` names its situation in free text, and the
 * member states' context names the states concerned by ISO 3166-1 alpha-3 code. Configured per
 * deployment (ACCOUNTABILITY_REGIONS; RTOP_ACCOUNTABILITY_REGIONS, see regionMapFromEnv), empty by
 * default, so every case is `unassigned` until a map is given. Example:
 *   { "situations": { "Kenya, post-election violence": "East Africa" },
 *     "countries": { "KEN": "East Africa", "Myanmar": "South-East Asia" } }
 * `countries` keys are either an alpha-3 code (matched against the states on the case) or a
 * country's name (matched as a whole word in the situation, ignoring case).
 */
export interface RegionMap {
  readonly situations: Readonly<Record<string, string>>;
  readonly countries: Readonly<Record<string, string>>;
}

export const NO_REGIONS: RegionMap = { situations: {}, countries: {} };
export const UNASSIGNED = 'unassigned';

/** Which rule placed the case, so a reader can tell a configured region from a guess. */
export const REGION_SOURCES = ['case-opened', 'situation', 'state-on-case', 'country-named-in-situation', 'unassigned'] as const;
export type RegionSource = (typeof REGION_SOURCES)[number];

export interface RegionAssignment {
  readonly region: string;
  readonly source: RegionSource;
}

const ALPHA_3 = /^[A-Z]{3}$/;

/**
 * The first rule that applies: a region `case-opened` carries itself; the situation as configured;
 * the first state on the case (from the member states' events, by ISO code) that the map places;
 * a country the map names appearing in the situation's text; otherwise unassigned.
 */
export function regionOf(timeline: readonly TimelineEntry[], regions: RegionMap): RegionAssignment {
  const opened = timeline.find((e) => e.context === 'focal-point' && e.type === 'case-opened')?.data as
    { situation?: unknown; region?: unknown } | undefined;
  const states = timeline.flatMap((e) => {
    const state = (e.data as { state?: unknown } | null)?.state;
    return e.context === 'member-states' && typeof state === 'string' ? [state] : [];
  });
  return regionFor(
    {
      situation: typeof opened?.situation === 'string' ? opened.situation : '',
      openedRegion: typeof opened?.region === 'string' ? opened.region : null,
      states,
    },
    regions,
  );
}

/** What the region of a case is read from: kept as such by the case directory, which holds no timeline. */
export interface RegionInputs {
  readonly situation: string;
  /** The region `case-opened` carried itself, if any. */
  readonly openedRegion: string | null;
  /** The states on the case, by ISO code, in the order they appeared. */
  readonly states: readonly string[];
}

export function regionFor({ situation, openedRegion, states }: RegionInputs, regions: RegionMap): RegionAssignment {
  if (openedRegion) return { region: openedRegion, source: 'case-opened' };
  if (Object.hasOwn(regions.situations, situation)) return { region: regions.situations[situation], source: 'situation' };
  const placed = states.find((state) => Object.hasOwn(regions.countries, state));
  if (placed) return { region: regions.countries[placed], source: 'state-on-case' };
  const named = Object.keys(regions.countries).find((country) => !ALPHA_3.test(country) && wholeWord(country).test(situation));
  if (named) return { region: regions.countries[named], source: 'country-named-in-situation' };
  return { region: UNASSIGNED, source: 'unassigned' };
}

const wholeWord = (name: string) => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu');

/** Fails at start-up, naming the entry, rather than placing cases in a region nobody meant. */
export function checkRegionMap(value: unknown): RegionMap {
  const record = (name: string, part: unknown): Record<string, string> => {
    if (part === undefined) return {};
    if (typeof part !== 'object' || part === null || Array.isArray(part))
      throw new Error(`regions: ${name} must be an object of names to regions`);
    for (const [key, region] of Object.entries(part)) {
      if (typeof region !== 'string' || !region.trim()) throw new Error(`regions: ${name}["${key}"] must name a region`);
    }
    return part as Record<string, string>;
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('regions: expected {"situations": {...}, "countries": {...}}');
  const { situations, countries, ...unknown } = value as Record<string, unknown>;
  const extra = Object.keys(unknown);
  if (extra.length) throw new Error(`regions: unknown setting ${extra.join(', ')} (only situations and countries)`);
  const byCountry = record('countries', countries);
  const madeUp = Object.keys(byCountry).find((key) => ALPHA_3.test(key) && !isIso3166Alpha3(key));
  if (madeUp)
    throw new Error(`regions: countries["${madeUp}"] is not an ISO 3166-1 alpha-3 code; write a code ISO assigns, or the country's name`);
  return { situations: record('situations', situations), countries: byCountry };
}

/**
 * RTOP_ACCOUNTABILITY_REGIONS holds the map as JSON, or the path of a JSON file holding it; unset,
 * no region is configured. `readFile` is passed in so the parsing stays testable without files.
 */
export function regionMapFromEnv(env: NodeJS.ProcessEnv, readFile: (path: string) => string): RegionMap {
  const setting = env.RTOP_ACCOUNTABILITY_REGIONS?.trim();
  if (!setting) return NO_REGIONS;
  const json = setting.startsWith('{') ? setting : readFile(setting);
  try {
    return checkRegionMap(JSON.parse(json));
  } catch (error) {
    throw new Error(`RTOP_ACCOUNTABILITY_REGIONS: ${(error as Error).message}`);
  }
}

export const ACCOUNTABILITY_REGIONS = Symbol('AccountabilityRegions');
