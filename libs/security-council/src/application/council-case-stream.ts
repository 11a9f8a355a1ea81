import { StreamKind } from '@rtop/commands';
import { CouncilFile, CouncilFileCommand, CouncilFileEvent, councilCaseDecider } from '../case/council-case';

export const SECURITY_COUNCIL = 'security-council';
export const securityCouncilStreamId = (caseId: string) => `${SECURITY_COUNCIL}-case-${caseId}`;

/** The Council's file on a case: one stream per case, every Council command goes to it. */
export const COUNCIL_CASE: StreamKind<CouncilFileCommand, CouncilFileEvent, CouncilFile> = {
  context: SECURITY_COUNCIL,
  decider: councilCaseDecider,
  addressOf: (command) => ({ streamId: securityCouncilStreamId(command.caseId), caseId: command.caseId }),
};
