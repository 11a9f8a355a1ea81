/**
 * The events contexts publish for one another: each declared once, versioned, by the module of
 * its producing context under `./contracts` (name, context, version, TypeScript type, runtime
 * schema of every version). Producers type their events with `PublishedEvent<CONTRACT>`;
 * consumers read them with `readPublished(event, CONTRACT)`. docs/asyncapi.yaml documents them
 * on the wire, and a test holds it to these contracts.
 */
export * from './contracts';
