import { RuleViolated } from '@rtop/kernel';

/**
 * The three pillars (A/63/677): I the state's own responsibility, II international assistance,
 * III timely and decisive response. There is no set sequence from one pillar to the next.
 */
export const PILLARS = ['I', 'II', 'III'] as const;
export type Pillar = (typeof PILLARS)[number];

/** The pillars the standing group lays its options across: pillar I is the state's own to act on. */
export const OPTION_PILLARS = ['II', 'III'] as const;
export type OptionPillar = (typeof OPTION_PILLARS)[number];

/**
 * Coercion belongs to pillar III alone: assistance under pillar II rests on the state's consent,
 * and pillar I is what the state does itself.
 */
export function requireCoercionUnderPillarIii(pillar: Pillar, coercive: boolean, what: string): void {
  if (coercive && pillar !== 'III') {
    throw new RuleViolated('coercion-only-under-pillar-iii', `${what} is coercive, so it belongs to pillar III, not pillar ${pillar}`);
  }
}
