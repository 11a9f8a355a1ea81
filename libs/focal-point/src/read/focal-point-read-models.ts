import { SqlSession, schemaOf } from '@rtop/event-store';
import { Projection, StreamStates, StoredState } from '@rtop/read-model';
import { FOCAL_POINT } from '../application/case-stream';
import { Source, sourceDecider } from '../source/source';
import { CaseFilePart, CaseFiles, StoredCaseFile, StoredEntry } from './case-files';

/** Each Joint Office case file, a row per part: what `GET /cases/:caseId` and the pages of its parts answer from. */
export const caseFiles = new CaseFiles();

/** Each source's reliability history across cases: what `GET /sources/…/reliability` answers from. */
export const sourceStates = new StreamStates({
  name: `${FOCAL_POINT}.source-states`,
  context: FOCAL_POINT,
  table: 'source_states',
  decider: sourceDecider,
  streams: (streamId) => streamId.startsWith(`${FOCAL_POINT}-source-`),
});

/** The Joint Office's read models, for the module that keeps them and for a rebuild. */
export const FOCAL_POINT_PROJECTIONS: readonly Projection[] = [caseFiles, sourceStates];

export const storedCaseFile = (sql: SqlSession, caseId: string): Promise<StoredCaseFile | undefined> =>
  caseFiles.read(sql, schemaOf(FOCAL_POINT), caseId);

export const storedCaseFileEntries = (
  sql: SqlSession,
  page: { caseId: string; part: CaseFilePart; limit: number; after: bigint | undefined },
): Promise<StoredEntry[] | undefined> => caseFiles.page(sql, schemaOf(FOCAL_POINT), page);

export const storedSource = (sql: SqlSession, streamId: string): Promise<StoredState<Source>> =>
  sourceStates.readOrInitial(sql, schemaOf(FOCAL_POINT), streamId);
