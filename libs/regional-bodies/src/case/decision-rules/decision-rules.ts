import { RegionalBody } from '@rtop/kernel';
import { RegionalRules } from '../regional-rules';
import { aseanRule } from './asean';
import { auAssemblyRule } from './au-assembly';
import { auPscRule } from './au-psc';
import { DecisionRule } from './decision-rule';
import { igadRule } from './igad';
import { oasRule } from './oas';
import { osceRule } from './osce';

export type DecisionRules = Readonly<Record<RegionalBody, DecisionRule>>;

export function decisionRules(parameters: RegionalRules): DecisionRules {
  return {
    'au-psc': auPscRule(parameters.auPsc),
    'au-assembly': auAssemblyRule(parameters.auAssembly),
    asean: aseanRule(parameters.asean),
    oas: oasRule(parameters.oas),
    osce: osceRule(parameters.osce),
    igad: igadRule(parameters.igad),
  };
}
