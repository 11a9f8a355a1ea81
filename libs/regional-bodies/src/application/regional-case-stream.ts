import { FactoryProvider } from '@nestjs/common';
import { StreamKind } from '@rtop/commands';
import { RegionalFile, RegionalFileCommand, RegionalFileEvent, regionalCaseDecider } from '../case/regional-case';
import { RegionalRules } from '../case/regional-rules';
import { REGIONAL_RULES } from './regional-rules.config';

export const REGIONAL_BODIES_CONTEXT = 'regional-bodies';
/** One stream per case for all the regional bodies: the AU Assembly's Art. 4(h) step reads the PSC's recommendation. */
export const regionalCaseStreamId = (caseId: string) => `${REGIONAL_BODIES_CONTEXT}-case-${caseId}`;

/** The regional bodies' file on a case, decided under a deployment's rules. */
export type RegionalCaseStream = StreamKind<RegionalFileCommand, RegionalFileEvent, RegionalFile>;

/** The deployment's regional case stream, as controllers and reactions inject it. */
export const REGIONAL_CASE_STREAM = Symbol('RegionalCaseStream');

/** The stream under these rules: build it once, as its decider keys the folded states the kernel keeps. */
export function regionalCaseStream(rules: RegionalRules): RegionalCaseStream {
  return {
    context: REGIONAL_BODIES_CONTEXT,
    decider: regionalCaseDecider(rules),
    addressOf: (command) => ({ streamId: regionalCaseStreamId(command.caseId), caseId: command.caseId }),
  };
}

/** One stream kind per process, over whatever REGIONAL_RULES the module was given. */
export const regionalCaseStreamProvider: FactoryProvider<RegionalCaseStream> = {
  provide: REGIONAL_CASE_STREAM,
  inject: [REGIONAL_RULES],
  useFactory: regionalCaseStream,
};
