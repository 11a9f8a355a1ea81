import { Majority } from './majority';

/**
 * How IGAD decides. No primary text for the rule was found (domain-rules 3.7): consensus is the
 * reported practice and the default, and a deployment may choose otherwise.
 */
export type ConfiguredRule =
  | { readonly kind: 'consensus' }
  | { readonly kind: 'consensus-then-vote'; readonly majority: Majority }
  | { readonly kind: 'vote'; readonly majority: Majority };

/**
 * The parts of the regional decision rules that rest on unverified sources or change over time.
 * A deployment provides them as REGIONAL_RULES (see application/regional-case-stream.ts);
 * DEFAULT_REGIONAL_RULES states the defaults. Every vote records the majority it applied.
 */
export interface RegionalRules {
  readonly auPsc: {
    /** PSC Protocol: 15 members. */
    readonly memberStates: number;
    /** Art. 8(9) [unverified]: a member party to the situation takes no part in the decision. */
    readonly excludePartiesToSituation: boolean;
    /** After a failed consensus [unverified: Art. 8(12) or 8(13)]: two-thirds of the members voting. */
    readonly substantive: Majority;
    /** After a failed consensus: a simple majority on procedural matters. */
    readonly procedural: Majority;
  };
  readonly auAssembly: {
    readonly memberStates: number;
    /** Constitutive Act Art. 7(1) [unverified]: failing consensus, two-thirds of the Member States. */
    readonly substantive: Majority;
    /** Art. 7(1) [unverified]: procedural matters by simple majority. */
    readonly procedural: Majority;
  };
  readonly asean: { readonly memberStates: number };
  readonly oas: { readonly memberStates: number };
  readonly osce: { readonly participatingStates: number };
  readonly igad: { readonly memberStates: number; readonly rule: ConfiguredRule };
}

export const DEFAULT_REGIONAL_RULES: RegionalRules = {
  auPsc: {
    memberStates: 15,
    excludePartiesToSituation: true,
    substantive: { fraction: 'two-thirds', of: 'members-voting' },
    procedural: { fraction: 'more-than-half', of: 'members-voting' },
  },
  auAssembly: {
    memberStates: 55,
    substantive: { fraction: 'two-thirds', of: 'member-states' },
    procedural: { fraction: 'more-than-half', of: 'member-states' },
  },
  // Timor-Leste became the eleventh member on 26 October 2025.
  asean: { memberStates: 11 },
  // Thirty-five signatories less Nicaragua, whose withdrawal took effect in November 2023.
  oas: { memberStates: 34 },
  osce: { participatingStates: 57 },
  // Seven since Eritrea's withdrawal in December 2025.
  igad: { memberStates: 7, rule: { kind: 'consensus' } },
};
