import { StreamKind } from '@rtop/commands';
import { SecretaryGeneralCase, SecretaryGeneralCommand, secretaryGeneralDecider } from '../case/secretary-general-case';
import { SecretaryGeneralEvent } from '../case/secretary-general-events';

export const SECRETARY_GENERAL = 'secretary-general';
export const secretaryGeneralStreamId = (caseId: string) => `${SECRETARY_GENERAL}-case-${caseId}`;

/** A Secretary-General command, with the case whose file it goes to. */
export type SecretaryGeneralCaseCommand = SecretaryGeneralCommand & { readonly caseId: string };

/** The Secretary-General's file on a case: assessments, Art. 99, good offices, findings, the standing group. */
export const SECRETARY_GENERAL_CASE: StreamKind<SecretaryGeneralCaseCommand, SecretaryGeneralEvent, SecretaryGeneralCase> = {
  context: SECRETARY_GENERAL,
  decider: secretaryGeneralDecider,
  addressOf: (command) => ({ streamId: secretaryGeneralStreamId(command.caseId), caseId: command.caseId }),
};
