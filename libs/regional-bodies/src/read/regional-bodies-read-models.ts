import { SqlSession, schemaOf } from '@rtop/event-store';
import { Actor, NotFound, RegionalBody } from '@rtop/kernel';
import { Projection, StoredState, StreamStates } from '@rtop/read-model';
import { REGIONAL_BODIES_CONTEXT, regionalCaseStreamId } from '../application/regional-case-stream';
import { RegionalFile, RegionalFileEvent, regionalCaseDecider } from '../case/regional-case';
import { mayReadForBody, mayReadRegionalCase } from './regional-bodies-read-access';

/**
 * Each case as the regional bodies hold it, folded as its events arrive: what their GETs answer
 * from. Folding needs no rule parameters: they shape decisions, never how recorded events fold.
 */
export const regionalCaseStates = new StreamStates<RegionalFileEvent, RegionalFile>({
  name: `${REGIONAL_BODIES_CONTEXT}.case-states`,
  context: REGIONAL_BODIES_CONTEXT,
  table: 'regional_case_states',
  decider: regionalCaseDecider(),
  streams: (streamId) => streamId.startsWith(regionalCaseStreamId('')),
});

/** The regional bodies' read models, for the module that keeps them and for a rebuild. */
export const REGIONAL_BODIES_PROJECTIONS: readonly Projection[] = [regionalCaseStates];

/**
 * One body's case as the model holds it, for a reader who may see that body's part. Anyone else,
 * and a body with nothing there, gets the answer a case that never came before the body gets.
 */
export async function regionalCaseFor(
  sql: SqlSession,
  body: RegionalBody,
  caseId: string,
  reader: Actor,
): Promise<StoredState<RegionalFile>> {
  const notBefore = new NotFound('case-exists', `case ${caseId} has not come before ${body}`);
  // Refused before anything is read when the reader is neither the body nor an auditor.
  if (!mayReadForBody(reader, body)) throw notBefore;
  const stored = await regionalCaseStates.read(sql, schemaOf(REGIONAL_BODIES_CONTEXT), regionalCaseStreamId(caseId));
  if (stored && mayReadRegionalCase(reader, body, stored.state)) return stored;
  throw notBefore;
}
