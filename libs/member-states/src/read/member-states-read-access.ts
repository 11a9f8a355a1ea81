import { Actor, UN_DEPARTMENTS, isAuditor } from '@rtop/kernel';
import { stateBody } from '../case/member-state';

/**
 * The Secretary-General and its standing group track every state's posture on a case: they weigh
 * pillars I and II, and answer requests for and consent to assistance (docs/read-policy.md).
 */
const followsEveryState = (reader: Actor): boolean =>
  reader.body === 'un-secretary-general' || (UN_DEPARTMENTS as readonly string[]).includes(reader.body) || isAuditor(reader);

/** Every state's record on a case together: the Secretary-General, the standing group, auditors. */
export const mayReadMemberStatesCase = (reader: Actor): boolean => followsEveryState(reader);

/** One state's record: the state itself as well, and no other state. */
export const mayReadMemberStateRecord = (reader: Actor, state: string): boolean =>
  reader.body === stateBody(state) || followsEveryState(reader);
