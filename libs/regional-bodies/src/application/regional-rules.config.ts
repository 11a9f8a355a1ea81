import { DEFAULT_REGIONAL_RULES, RegionalRules } from '../case/regional-rules';
import { MAJORITY_BASES, MAJORITY_FRACTIONS, Majority } from '../case/majority';

export const REGIONAL_RULES = Symbol('RegionalRules');

/** A deployment's changes to the defaults, body by body. */
export type RegionalRulesOverrides = { readonly [Body in keyof RegionalRules]?: Partial<RegionalRules[Body]> };

/** The defaults with a deployment's changes, checked so that a wrong setting stops the start-up, not a vote. */
export function regionalRules(overrides: RegionalRulesOverrides = {}): RegionalRules {
  const d = DEFAULT_REGIONAL_RULES;
  const rules: RegionalRules = {
    auPsc: { ...d.auPsc, ...overrides.auPsc },
    auAssembly: { ...d.auAssembly, ...overrides.auAssembly },
    asean: { ...d.asean, ...overrides.asean },
    oas: { ...d.oas, ...overrides.oas },
    osce: { ...d.osce, ...overrides.osce },
    igad: { ...d.igad, ...overrides.igad },
  };
  const counts = {
    'auPsc.memberStates': rules.auPsc.memberStates,
    'auAssembly.memberStates': rules.auAssembly.memberStates,
    'asean.memberStates': rules.asean.memberStates,
    'oas.memberStates': rules.oas.memberStates,
    'osce.participatingStates': rules.osce.participatingStates,
    'igad.memberStates': rules.igad.memberStates,
  };
  for (const [setting, count] of Object.entries(counts)) {
    if (!Number.isInteger(count) || count < 1) throw new Error(`regional rules: ${setting} must be a whole number of states, not ${count}`);
  }
  const majorities: [string, Majority][] = [
    ['auPsc.substantive', rules.auPsc.substantive],
    ['auPsc.procedural', rules.auPsc.procedural],
    ['auAssembly.substantive', rules.auAssembly.substantive],
    ['auAssembly.procedural', rules.auAssembly.procedural],
    ...(rules.igad.rule.kind === 'consensus' ? [] : [['igad.rule.majority', rules.igad.rule.majority] as [string, Majority]]),
  ];
  for (const [setting, majority] of majorities) {
    if (!MAJORITY_FRACTIONS.includes(majority.fraction) || !MAJORITY_BASES.includes(majority.of)) {
      throw new Error(
        `regional rules: ${setting} must name a fraction (${MAJORITY_FRACTIONS.join(', ')}) of (${MAJORITY_BASES.join(', ')})`,
      );
    }
  }
  return rules;
}
