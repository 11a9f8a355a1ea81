import { SqlSession, schemaOf } from '@rtop/event-store';
import { Projection, StoredState, StreamStates } from '@rtop/read-model';
import { MEMBER_STATES } from '../application/member-states-case-stream';
import { MemberStatesFile, memberStatesDecider } from '../case/member-states-case';

/** Every member state's record on each case: postures declared and assessed, requests, consents. */
export const memberStatesCaseStates = new StreamStates({
  name: `${MEMBER_STATES}.case-states`,
  context: MEMBER_STATES,
  table: 'case_states',
  decider: memberStatesDecider,
  streams: (streamId) => streamId.startsWith(`${MEMBER_STATES}-case-`),
});

/** The member states' read models, for the module that keeps them and for a rebuild. */
export const MEMBER_STATES_PROJECTIONS: readonly Projection[] = [memberStatesCaseStates];

/** A case's member-states record as the model holds it, or the empty record at revision -1 when it has none of its events. */
export const storedMemberStatesCase = (sql: SqlSession, streamId: string): Promise<StoredState<MemberStatesFile>> =>
  memberStatesCaseStates.readOrInitial(sql, schemaOf(MEMBER_STATES), streamId);
