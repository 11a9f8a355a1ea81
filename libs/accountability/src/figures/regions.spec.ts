import { day, entry } from '../replay/timeline.fixtures';
import { TimelineEntry } from '../timeline/timeline-entry';
import { NO_REGIONS, checkRegionMap, regionMapFromEnv, regionOf } from './regions';

const opened = (situation: string, extra: Record<string, unknown> = {}) =>
  entry('focal-point', 'case-opened', day(0), { situation, ...extra });
const stateOnCase = (state: string) => entry('member-states', 'posture-declared', day(1), { state });

describe('the region of a case', () => {
  const regions = checkRegionMap({
    situations: { 'Rakhine State': 'South-East Asia' },
    countries: { KEN: 'East Africa', 'Sri Lanka': 'South Asia', Niger: 'West Africa' },
  });
  const regionFor = (...timeline: TimelineEntry[]) => regionOf(timeline, regions);

  it('is the situation’s, as configured', () => {
    expect(regionFor(opened('Rakhine State'), stateOnCase('KEN'))).toEqual({ region: 'South-East Asia', source: 'situation' });
  });

  it('is otherwise that of the first state on the case the map places, by ISO code', () => {
    expect(regionFor(opened('Post-election violence'), stateOnCase('FRA'), stateOnCase('KEN'))).toEqual({
      region: 'East Africa',
      source: 'state-on-case',
    });
  });

  it('is otherwise that of a country the situation names, as a whole word and ignoring case', () => {
    expect(regionFor(opened('sri lanka, the Vanni'))).toEqual({ region: 'South Asia', source: 'country-named-in-situation' });
    expect(regionFor(opened('Nigeria, the north-east'))).toEqual({ region: 'unassigned', source: 'unassigned' });
  });

  it('is the one case-opened carries, should it carry one', () => {
    expect(regionFor(opened('Rakhine State', { region: 'Asia-Pacific' }))).toEqual({ region: 'Asia-Pacific', source: 'case-opened' });
  });

  it('is unassigned with no map', () => {
    expect(regionOf([opened('Rakhine State')], NO_REGIONS)).toEqual({ region: 'unassigned', source: 'unassigned' });
  });
});

describe('the region map configured', () => {
  it('is read from RTOP_ACCOUNTABILITY_REGIONS as JSON, or from the file it names', () => {
    expect(regionMapFromEnv({ RTOP_ACCOUNTABILITY_REGIONS: '{"countries":{"KEN":"East Africa"}}' }, () => '')).toEqual({
      situations: {},
      countries: { KEN: 'East Africa' },
    });
    const files: Record<string, string> = { '/etc/rtop/regions.json': '{"situations":{"Rakhine State":"Asia"}}' };
    expect(regionMapFromEnv({ RTOP_ACCOUNTABILITY_REGIONS: '/etc/rtop/regions.json' }, (path) => files[path])).toEqual({
      situations: { 'Rakhine State': 'Asia' },
      countries: {},
    });
    expect(regionMapFromEnv({}, () => '')).toBe(NO_REGIONS);
  });

  it('is refused at start-up, naming the entry, when it is not a map of names to regions', () => {
    expect(() => regionMapFromEnv({ RTOP_ACCOUNTABILITY_REGIONS: '{"countries":{"KEN":""}}' }, () => '')).toThrow(
      /RTOP_ACCOUNTABILITY_REGIONS: regions: countries\["KEN"\]/,
    );
    expect(() => checkRegionMap({ regions: {} })).toThrow(/unknown setting regions/);
    expect(() => checkRegionMap([])).toThrow(/expected/);
    expect(() => checkRegionMap({ situations: 'Asia' })).toThrow(/situations must be an object/);
    expect(() => checkRegionMap({ countries: { XKX: 'Europe' } })).toThrow(/countries\["XKX"\] is not an ISO 3166-1 alpha-3 code/);
  });
});
