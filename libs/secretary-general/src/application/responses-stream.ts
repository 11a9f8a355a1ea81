import { StreamKind } from '@rtop/commands';
import { ResponsesFile, ResponsesFileCommand, ResponsesFileEvent, responsesDecider } from '../responses/responses';
import { SECRETARY_GENERAL } from './secretary-general-case-stream';

/** The responses to a case, in a stream of their own: implementing bodies report on them, not only the Secretary-General. */
export const responsesStreamId = (caseId: string) => `${SECRETARY_GENERAL}-responses-${caseId}`;

/** A command on a case's responses, with the case they answer. */
export type CaseResponsesCommand = ResponsesFileCommand & { readonly caseId: string };

/** The measures taken in response to a case and the decisions they rest on. */
export const CASE_RESPONSES: StreamKind<CaseResponsesCommand, ResponsesFileEvent, ResponsesFile> = {
  context: SECRETARY_GENERAL,
  decider: responsesDecider,
  addressOf: (command) => ({ streamId: responsesStreamId(command.caseId), caseId: command.caseId }),
};
