import { StreamKind } from '@rtop/commands';
import {
  SecretaryGeneralFile,
  SecretaryGeneralFileCommand,
  SecretaryGeneralFileEvent,
  secretaryGeneralDecider,
} from '../case/secretary-general-case';

export const SECRETARY_GENERAL = 'secretary-general';
export const secretaryGeneralStreamId = (caseId: string) => `${SECRETARY_GENERAL}-case-${caseId}`;

/** A Secretary-General command, with the case whose file it goes to. */
export type SecretaryGeneralCaseCommand = SecretaryGeneralFileCommand & { readonly caseId: string };

/** The Secretary-General's file on a case: assessments, Art. 99, good offices, findings, the standing group. */
export const SECRETARY_GENERAL_CASE: StreamKind<SecretaryGeneralCaseCommand, SecretaryGeneralFileEvent, SecretaryGeneralFile> = {
  context: SECRETARY_GENERAL,
  decider: secretaryGeneralDecider,
  addressOf: (command) => ({ streamId: secretaryGeneralStreamId(command.caseId), caseId: command.caseId }),
};
