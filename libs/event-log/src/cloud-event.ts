import { LoggedEvent } from './logged-event';

/**
 * CloudEvents 1.0, structured mode over Kafka (`content-type: application/cloudevents+json`).
 * rtop's own metadata travels in extension attributes, each a plain string.
 */
export interface RtopCloudEvent {
  readonly specversion: '1.0';
  readonly id: string;
  readonly source: string;
  readonly type: string;
  readonly subject: string;
  readonly time: string;
  readonly datacontenttype: 'application/json';
  readonly data: unknown;
  readonly rtopcontext: string;
  readonly rtopstream: string;
  readonly rtoprevision: string;
  readonly rtopschemaversion: string;
  readonly rtopoccurredat?: string;
  readonly rtopactorbody?: string;
  readonly rtopactorperson?: string;
  readonly rtopactorrole?: string;
  readonly rtopcausationid?: string;
  /** The CloudEvents distributed-tracing extension: the W3C trace context the event was recorded in. */
  readonly traceparent?: string;
}

export const CLOUD_EVENT_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';
const TYPE = /^org\.rtop\.([a-z0-9-]+)\.([a-z0-9-]+)\.v(\d+)$/;

export function toCloudEvent(event: LoggedEvent): RtopCloudEvent {
  const { metadata } = event;
  const version = attribute(metadata.schemaVersion) ?? '1';
  const occurredAt = attribute(metadata.occurredAt);
  const actor = metadata.actor as Readonly<Partial<Record<'body' | 'person' | 'role', unknown>>> | undefined;
  const causationId = attribute(metadata.causationId);
  const traceparent = attribute(metadata.traceparent);
  return {
    specversion: '1.0',
    id: event.eventId,
    source: `/rtop/${event.context}`,
    type: `org.rtop.${event.context}.${event.type}.v${version}`,
    subject: event.caseId,
    time: event.recordedAt.toISOString(),
    datacontenttype: 'application/json',
    data: event.data,
    rtopcontext: event.context,
    rtopstream: event.streamId,
    rtoprevision: event.revision.toString(),
    rtopschemaversion: version,
    ...(occurredAt ? { rtopoccurredat: occurredAt } : {}),
    ...(actor
      ? { rtopactorbody: attribute(actor.body), rtopactorperson: attribute(actor.person), rtopactorrole: attribute(actor.role) }
      : {}),
    ...(causationId ? { rtopcausationid: causationId } : {}),
    ...(traceparent ? { traceparent } : {}),
  };
}

/** A metadata value as an extension attribute carries it: a plain string, or none. */
function attribute(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** An envelope as read off the wire: what it says it is gets checked, not assumed. */
export type ReceivedCloudEvent = Omit<RtopCloudEvent, 'specversion'> & { readonly specversion: string };

export function fromCloudEvent(envelope: ReceivedCloudEvent): LoggedEvent {
  const match = TYPE.exec(envelope.type);
  if (envelope.specversion !== '1.0' || !match) throw new Error(`not an rtop CloudEvent: ${envelope.type}`);
  const [, context, type, version] = match;
  const actor = envelope.rtopactorbody
    ? { body: envelope.rtopactorbody, person: envelope.rtopactorperson, role: envelope.rtopactorrole }
    : undefined;
  return {
    eventId: envelope.id,
    type,
    data: envelope.data,
    context,
    caseId: envelope.subject,
    streamId: envelope.rtopstream,
    revision: BigInt(envelope.rtoprevision),
    recordedAt: new Date(envelope.time),
    metadata: {
      caseId: envelope.subject,
      context,
      schemaVersion: Number(version),
      ...(actor ? { actor } : {}),
      ...(envelope.rtopoccurredat ? { occurredAt: envelope.rtopoccurredat } : {}),
      ...(envelope.rtopcausationid ? { causationId: envelope.rtopcausationid } : {}),
      ...(envelope.traceparent ? { traceparent: envelope.traceparent } : {}),
    },
  };
}
