import { StreamKind } from '@rtop/commands';
import { MemberStatesFile, MemberStatesFileCommand, MemberStatesFileEvent, memberStatesDecider } from '../case/member-states-case';

export const MEMBER_STATES = 'member-states';
export const memberStatesStreamId = (caseId: string) => `${MEMBER_STATES}-case-${caseId}`;

/** The member states' record on a case: one stream per case, every state's posture, requests and consents in it. */
export const MEMBER_STATES_CASE: StreamKind<MemberStatesFileCommand, MemberStatesFileEvent, MemberStatesFile> = {
  context: MEMBER_STATES,
  decider: memberStatesDecider,
  addressOf: (command) => ({ streamId: memberStatesStreamId(command.caseId), caseId: command.caseId }),
};
