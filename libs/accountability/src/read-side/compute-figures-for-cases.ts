import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Actor } from '@rtop/kernel';
import { casesReadableBy, figuresEntries } from './figures-entries';
import { Sql } from './timeline-table';
import { CaseFigures, caseFigures } from '../figures/case-figures';
import { ConsistencyReport, consistencyReport } from '../figures/consistency-report';
import { FiguresAcrossCases, figuresAcrossCases } from '../figures/figures-across-cases';
import { NO_REGIONS, RegionMap } from '../figures/regions';

export interface ReplayProgress {
  /** Cases computed so far, this one included. */
  readonly done: number;
  readonly total: number;
  readonly caseId: string;
}

export interface FiguresOptions {
  /** The instant the figures stand at (default: the current time); what was recorded later is left out. */
  readonly now?: Date;
  /** Where situations lie (default: none configured, every case `unassigned`). */
  readonly regions?: RegionMap;
  /** The cases to compute; every case the reader may see when absent. */
  readonly caseIds?: readonly string[];
  /** Called after each case, so a long computation over many cases can show how far it has come. */
  readonly onProgress?: (progress: ReplayProgress) => void;
}

/** Cases computed between two turns of the event loop. */
const CASES_BETWEEN_YIELDS = 20;

/** Cases are read this many at a time, so memory holds a slice of the cases, never all of them. */
const CASES_PER_READ = 100;

/**
 * Each case's figures at `now`, over the entries of the timeline table the reader may read,
 * leaving out cases it may read nothing of recorded by then.
 */
async function figuresPerCase(sql: Sql, schema: string, reader: Actor, options: FiguresOptions, now: Date): Promise<CaseFigures[]> {
  const caseIds = await casesReadableBy(sql, schema, reader, now, options.caseIds);
  const perCase: CaseFigures[] = [];
  for (let start = 0; start < caseIds.length; start += CASES_PER_READ) {
    const slice = caseIds.slice(start, start + CASES_PER_READ);
    const entries = await figuresEntries(sql, schema, reader, slice, now);
    for (const caseId of slice) {
      perCase.push(caseFigures(caseId, entries.get(caseId) ?? [], now, options.regions ?? NO_REGIONS));
      options.onProgress?.({ done: perCase.length, total: caseIds.length, caseId });
      // Figures across hundreds of cases must not hold the event loop: let requests in between cases.
      if (perCase.length % CASES_BETWEEN_YIELDS === 0) await yieldToEventLoop();
    }
  }
  return perCase;
}

/** The accountability figures across the cases the reader may see: for the API and the command line alike. */
export async function computeFiguresForCases(
  sql: Sql,
  schema: string,
  reader: Actor,
  options: FiguresOptions = {},
): Promise<FiguresAcrossCases> {
  const now = options.now ?? new Date();
  return figuresAcrossCases(await figuresPerCase(sql, schema, reader, options, now), now);
}

export async function computeConsistencyReport(
  sql: Sql,
  schema: string,
  reader: Actor,
  options: FiguresOptions = {},
): Promise<ConsistencyReport> {
  const now = options.now ?? new Date();
  return consistencyReport(await figuresPerCase(sql, schema, reader, options, now), now);
}
