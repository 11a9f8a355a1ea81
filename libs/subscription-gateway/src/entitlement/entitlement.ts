import { REGIONAL_BODIES, RegionalBody } from '@rtop/kernel';

/** What the gateway needs to know of an event to decide who may have it. */
export interface EventForEntitlement {
  readonly context: string;
  readonly type: string;
  readonly data: unknown;
}

const isRegionalBody = (value: unknown): value is RegionalBody => (REGIONAL_BODIES as readonly unknown[]).includes(value);

/**
 * The regional liaison offices entitled to an event: those it is addressed to, and nobody else.
 * An early warning reaches a regional body when the Secretary-General transmits it; a Council
 * authorisation when it names the body; a regional decision is its own body's.
 */
export function entitledBodies(event: EventForEntitlement): readonly RegionalBody[] {
  const data = (event.data ?? {}) as Record<string, unknown>;
  const named = (list: unknown) => (Array.isArray(list) ? list.filter(isRegionalBody) : []);
  switch (`${event.context}/${event.type}`) {
    case 'secretary-general/assessment-transmitted':
      return named(data.recipients);
    case 'security-council/council-decision-adopted':
      return named(data.authorisedBodies);
    default:
      return event.context === 'regional-bodies' && isRegionalBody(data.body) ? [data.body] : [];
  }
}

/** Each office's feed is a context of its own on the log: `liaison-<body>`. */
export const liaisonContext = (body: RegionalBody) => `liaison-${body}`;
