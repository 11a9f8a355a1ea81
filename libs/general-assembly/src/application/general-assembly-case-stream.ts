import { StreamKind } from '@rtop/commands';
import { GeneralAssemblyCase, GeneralAssemblyCommand, generalAssemblyDecider } from '../case/general-assembly-case';
import { GeneralAssemblyEvent } from '../case/general-assembly-events';

export const GENERAL_ASSEMBLY = 'general-assembly';
export const generalAssemblyStreamId = (caseId: string) => `${GENERAL_ASSEMBLY}-case-${caseId}`;

/** An Assembly command with the case it is for: the case names the stream. */
export type GeneralAssemblyCaseCommand = GeneralAssemblyCommand & { readonly caseId: string };

/** The Assembly's file on a case: one stream per case, every Assembly command goes to it. */
export const GENERAL_ASSEMBLY_CASE: StreamKind<GeneralAssemblyCaseCommand, GeneralAssemblyEvent, GeneralAssemblyCase> = {
  context: GENERAL_ASSEMBLY,
  decider: generalAssemblyDecider,
  addressOf: (command) => ({ streamId: generalAssemblyStreamId(command.caseId), caseId: command.caseId }),
};
