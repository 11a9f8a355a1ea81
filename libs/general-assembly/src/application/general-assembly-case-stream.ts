import { StreamKind } from '@rtop/commands';
import {
  GeneralAssemblyFile,
  GeneralAssemblyFileCommand,
  GeneralAssemblyFileEvent,
  generalAssemblyDecider,
} from '../case/general-assembly-case';

export const GENERAL_ASSEMBLY = 'general-assembly';
export const generalAssemblyStreamId = (caseId: string) => `${GENERAL_ASSEMBLY}-case-${caseId}`;

/** An Assembly command with the case it is for: the case names the stream. */
export type GeneralAssemblyCaseCommand = GeneralAssemblyFileCommand & { readonly caseId: string };

/** The Assembly's file on a case: one stream per case, every Assembly command goes to it. */
export const GENERAL_ASSEMBLY_CASE: StreamKind<GeneralAssemblyCaseCommand, GeneralAssemblyFileEvent, GeneralAssemblyFile> = {
  context: GENERAL_ASSEMBLY,
  decider: generalAssemblyDecider,
  addressOf: (command) => ({ streamId: generalAssemblyStreamId(command.caseId), caseId: command.caseId }),
};
