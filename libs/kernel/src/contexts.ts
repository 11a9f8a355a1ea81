/**
 * The bounded contexts, one per authority; each owns its streams and publishes its events on
 * the log under its own name.
 */
export const CONTEXTS = [
  'focal-point',
  'secretary-general',
  'security-council',
  'general-assembly',
  'regional-bodies',
  'member-states',
  'other-organs',
  'accountability',
] as const;
export type Context = (typeof CONTEXTS)[number];
