import { StreamKind } from '@rtop/commands';
import { OtherOrgansFile, OtherOrgansFileCommand, OtherOrgansFileEvent, otherOrgansDecider } from '../case/other-organs-case';

export const OTHER_ORGANS = 'other-organs';
export const otherOrgansStreamId = (caseId: string) => `${OTHER_ORGANS}-case-${caseId}`;

/** What the Human Rights Council, the Peacebuilding Commission and ECOSOC put on a case, and its lessons: one stream per case. */
export const OTHER_ORGANS_CASE: StreamKind<OtherOrgansFileCommand, OtherOrgansFileEvent, OtherOrgansFile> = {
  context: OTHER_ORGANS,
  decider: otherOrgansDecider,
  addressOf: (command) => ({ streamId: otherOrgansStreamId(command.caseId), caseId: command.caseId }),
};
