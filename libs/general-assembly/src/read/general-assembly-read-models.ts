import { SqlSession, schemaOf } from '@rtop/event-store';
import { Actor, NotFound } from '@rtop/kernel';
import { Projection, StoredState, StreamStates } from '@rtop/read-model';
import { GENERAL_ASSEMBLY, generalAssemblyStreamId } from '../application/general-assembly-case-stream';
import { GeneralAssemblyFile, GeneralAssemblyFileEvent, generalAssemblyDecider, isBeforeTheAssembly } from '../case/general-assembly-case';
import { mayReadAssemblyCase } from './general-assembly-read-access';

/** The Assembly's file on each case, folded as its events arrive: what its GETs answer from. */
export const assemblyCaseStates = new StreamStates<GeneralAssemblyFileEvent, GeneralAssemblyFile>({
  name: `${GENERAL_ASSEMBLY}.case-states`,
  context: GENERAL_ASSEMBLY,
  table: 'assembly_case_states',
  decider: generalAssemblyDecider,
  streams: (streamId) => streamId.startsWith(generalAssemblyStreamId('')),
});

/** The Assembly's read models, for the module that keeps them and for a rebuild. */
export const GENERAL_ASSEMBLY_PROJECTIONS: readonly Projection[] = [assemblyCaseStates];

/**
 * The case as the model holds it, for a reader who may see it and once it is before the Assembly.
 * A reader who may not is refused before anything is read, with the answer a case that is not
 * before the Assembly gets, so the refusal says nothing of the case. Until the projection has
 * created its table (the first moments after start) the model holds nothing yet.
 */
export async function assemblyCaseFor(sql: SqlSession, caseId: string, reader: Actor): Promise<StoredState<GeneralAssemblyFile>> {
  const notBefore = new NotFound('case-exists', `case ${caseId} is not before the General Assembly`);
  if (!mayReadAssemblyCase(reader)) throw notBefore;
  const stored = await assemblyCaseStates.read(sql, schemaOf(GENERAL_ASSEMBLY), generalAssemblyStreamId(caseId));
  if (stored && isBeforeTheAssembly(stored.state)) return stored;
  throw notBefore;
}
