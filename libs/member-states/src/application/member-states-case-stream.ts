import { StreamKind } from '@rtop/commands';
import { MemberStatesCase, MemberStatesCommand, memberStatesDecider } from '../case/member-states-case';
import { MemberStatesEvent } from '../case/member-states-events';

export const MEMBER_STATES = 'member-states';
export const memberStatesStreamId = (caseId: string) => `${MEMBER_STATES}-case-${caseId}`;

/** The member states' record on a case: one stream per case, every state's posture, requests and consents in it. */
export const MEMBER_STATES_CASE: StreamKind<MemberStatesCommand, MemberStatesEvent, MemberStatesCase> = {
  context: MEMBER_STATES,
  decider: memberStatesDecider,
  addressOf: (command) => ({ streamId: memberStatesStreamId(command.caseId), caseId: command.caseId }),
};
