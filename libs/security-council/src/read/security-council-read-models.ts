import { SqlSession, schemaOf } from '@rtop/event-store';
import { Actor, NotFound, isMerelyNoted } from '@rtop/kernel';
import { Projection, StoredState, StreamStates } from '@rtop/read-model';
import { SECURITY_COUNCIL, securityCouncilStreamId } from '../application/council-case-stream';
import { CouncilFile, CouncilFileEvent, councilCaseDecider } from '../case/council-case';
import { mayReadCouncilCase } from './security-council-read-access';

/** The Council's file on each case, folded as its events arrive: what its GETs answer from. */
export const councilCaseStates = new StreamStates<CouncilFileEvent, CouncilFile>({
  name: `${SECURITY_COUNCIL}.case-states`,
  context: SECURITY_COUNCIL,
  table: 'council_case_states',
  decider: councilCaseDecider,
  streams: (streamId) => streamId.startsWith(securityCouncilStreamId('')),
});

/** The Council's read models, for the module that keeps them and for a rebuild. */
export const SECURITY_COUNCIL_PROJECTIONS: readonly Projection[] = [councilCaseStates];

/**
 * The case as the model holds it, for a reader who may see it. A reader who may not is refused
 * before anything is read, with the answer a case that never came before the Council gets, so the
 * refusal says nothing of the case.
 */
export async function councilCaseFor(sql: SqlSession, caseId: string, reader: Actor): Promise<StoredState<CouncilFile>> {
  const notBefore = new NotFound('case-exists', `case ${caseId} is not before the Security Council`);
  if (!mayReadCouncilCase(reader)) throw notBefore;
  const stored = await councilCaseStates.read(sql, schemaOf(SECURITY_COUNCIL), securityCouncilStreamId(caseId));
  // Known to the Council (the Joint Office opened it) is not before the Council.
  if (stored && !isMerelyNoted(stored.state)) return stored;
  throw notBefore;
}
