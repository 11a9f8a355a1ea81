import { SqlSession, schemaOf } from '@rtop/event-store';
import { Projection, StoredState, StreamStates } from '@rtop/read-model';
import { SECRETARY_GENERAL } from '../application/secretary-general-case-stream';
import { SecretaryGeneralCase, secretaryGeneralDecider } from '../case/secretary-general-case';
import { Responses, responsesDecider } from '../responses/responses';

/** The Secretary-General's record of each case (assessments received, acts, the standing group). */
export const secretaryGeneralCaseStates = new StreamStates({
  name: `${SECRETARY_GENERAL}.case-states`,
  context: SECRETARY_GENERAL,
  table: 'case_states',
  decider: secretaryGeneralDecider,
  streams: (streamId) => streamId.startsWith(`${SECRETARY_GENERAL}-case-`),
});

/** The responses to each case: measures and the decisions noted for them. */
export const responsesStates = new StreamStates({
  name: `${SECRETARY_GENERAL}.responses-states`,
  context: SECRETARY_GENERAL,
  table: 'responses_states',
  decider: responsesDecider,
  streams: (streamId) => streamId.startsWith(`${SECRETARY_GENERAL}-responses-`),
});

/** The Secretary-General's read models, for the module that keeps them and for a rebuild. */
export const SECRETARY_GENERAL_PROJECTIONS: readonly Projection[] = [secretaryGeneralCaseStates, responsesStates];

export const storedSecretaryGeneralCase = (sql: SqlSession, streamId: string): Promise<StoredState<SecretaryGeneralCase>> =>
  secretaryGeneralCaseStates.readOrInitial(sql, schemaOf(SECRETARY_GENERAL), streamId);

export const storedResponses = (sql: SqlSession, streamId: string): Promise<StoredState<Responses>> =>
  responsesStates.readOrInitial(sql, schemaOf(SECRETARY_GENERAL), streamId);
