import { EventStore } from '@rtop/event-store';
import { ReplayOptions, replayCases } from '../replay/case-timelines';
import { TimelineEntry, timeOn, timelineAsOf } from '../timeline/timeline-entry';
import { CaseFigures, caseFigures } from './case-figures';
import { ConsistencyReport, consistencyReport } from './consistency-report';
import { FiguresAcrossCases, figuresAcrossCases } from './figures-across-cases';
import { Lesson, lessonsOf } from './lessons';
import { NO_REGIONS, RegionMap } from './regions';

export interface FiguresOptions extends ReplayOptions {
  /** The instant the figures stand at (default: the current time); what was recorded later is left out. */
  readonly now?: Date;
  /** Where situations lie (default: none configured, every case `unassigned`). */
  readonly regions?: RegionMap;
}

/** Each case's figures at `now`, leaving out cases nothing had been recorded on by then. */
async function figuresPerCase(store: EventStore, options: FiguresOptions, now: Date): Promise<CaseFigures[]> {
  const known = (entries: readonly TimelineEntry[]) => entries.some((entry) => timeOn('recorded', entry) <= now.getTime());
  const perCase = await replayCases(
    store,
    (caseId, entries) => (known(entries) ? caseFigures(caseId, entries, now, options.regions ?? NO_REGIONS) : null),
    options,
  );
  return perCase.filter((figures): figures is CaseFigures => figures !== null);
}

/**
 * The accountability figures across cases, replayed from the accountability context's own store
 * (its timelines and case index): for the API and the command line alike. `onProgress` reports
 * each case replayed.
 */
export async function computeFiguresForCases(store: EventStore, options: FiguresOptions = {}): Promise<FiguresAcrossCases> {
  const now = options.now ?? new Date();
  return figuresAcrossCases(await figuresPerCase(store, options, now), now);
}

export async function computeConsistencyReport(store: EventStore, options: FiguresOptions = {}): Promise<ConsistencyReport> {
  const now = options.now ?? new Date();
  return consistencyReport(await figuresPerCase(store, options, now), now);
}

/** Every lesson recorded on the cases, case by case in the order the cases were first seen. */
export async function lessonsAcrossCases(store: EventStore, options: ReplayOptions = {}): Promise<readonly Lesson[]> {
  return (await replayCases(store, (_caseId, entries) => lessonsOf(timelineAsOf(entries)), options)).flat();
}
