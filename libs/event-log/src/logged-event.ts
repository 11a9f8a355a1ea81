import { RecordedEvent } from '@rtop/event-store';

/** An event as the log carries it between contexts: the producer's record less its store position. */
export type LoggedEvent = Omit<RecordedEvent, 'checkpoint'> & {
  /** The bounded context that recorded it (the topic's owner). */
  readonly context: string;
  readonly caseId: string;
};

/**
 * The topic a context's events are published on, within a deployment's namespace (several
 * deployments can share a cluster); the version is the envelope contract's.
 */
export const topicOf = (namespace: string, context: string) => `${namespace}.${context}.events.v1`;

/** An event read from the store of `context`; a forwarded event keeps the context that recorded it. */
export function loggedEvent(context: string, event: RecordedEvent): LoggedEvent {
  const { checkpoint: _checkpoint, ...rest } = event;
  const { metadata } = event;
  return {
    ...rest,
    context: typeof metadata.context === 'string' ? metadata.context : context,
    caseId: typeof metadata.caseId === 'string' ? metadata.caseId : '',
  };
}
