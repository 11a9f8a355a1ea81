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
  const metadata = event.metadata as Record<string, any>;
  const version = String(metadata.schemaVersion ?? 1);
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
    ...(metadata.occurredAt ? { rtopoccurredat: String(metadata.occurredAt) } : {}),
    ...(metadata.actor
      ? { rtopactorbody: metadata.actor.body, rtopactorperson: metadata.actor.person, rtopactorrole: metadata.actor.role }
      : {}),
    ...(metadata.causationId ? { rtopcausationid: String(metadata.causationId) } : {}),
    ...(metadata.traceparent ? { traceparent: String(metadata.traceparent) } : {}),
  };
}

export function fromCloudEvent(envelope: RtopCloudEvent): LoggedEvent {
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
