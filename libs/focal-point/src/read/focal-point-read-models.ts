import { SqlSession, schemaOf } from '@rtop/event-store';
import { Projection, StreamStates, StoredState } from '@rtop/read-model';
import { FOCAL_POINT } from '../application/case-stream';
import { Case, caseDecider } from '../case/case';
import { Source, sourceDecider } from '../source/source';

/** Each Joint Office case as its decider folds it: what `GET /cases/:caseId` answers from. */
export const caseStates = new StreamStates({
  name: `${FOCAL_POINT}.case-states`,
  context: FOCAL_POINT,
  table: 'case_states',
  decider: caseDecider,
  streams: (streamId) => streamId.startsWith(`${FOCAL_POINT}-case-`),
});

/** Each source's reliability history across cases: what `GET /sources/…/reliability` answers from. */
export const sourceStates = new StreamStates({
  name: `${FOCAL_POINT}.source-states`,
  context: FOCAL_POINT,
  table: 'source_states',
  decider: sourceDecider,
  streams: (streamId) => streamId.startsWith(`${FOCAL_POINT}-source-`),
});

/** The Joint Office's read models, for the module that keeps them and for a rebuild. */
export const FOCAL_POINT_PROJECTIONS: readonly Projection[] = [caseStates, sourceStates];

export const storedCase = (sql: SqlSession, streamId: string): Promise<StoredState<Case>> => caseStates.readOrInitial(sql, schemaOf(FOCAL_POINT), streamId);

export const storedSource = (sql: SqlSession, streamId: string): Promise<StoredState<Source>> =>
  sourceStates.readOrInitial(sql, schemaOf(FOCAL_POINT), streamId);
