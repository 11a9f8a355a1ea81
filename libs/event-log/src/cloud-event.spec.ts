import { RtopCloudEvent, fromCloudEvent, toCloudEvent } from './cloud-event';
import { LoggedEvent } from './logged-event';

const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const recorded = (metadata: Record<string, unknown>): LoggedEvent => ({
  eventId: '5f0c6a7e-8a43-4c55-9a51-3b1f7a0d2c11',
  type: 'case-opened',
  data: { situation: 'Kenya' },
  context: 'focal-point',
  caseId: 'c2b1f7a0-0d2c-4c55-9a51-5f0c6a7e8a43',
  streamId: 'focal-point-case-c2b1f7a0-0d2c-4c55-9a51-5f0c6a7e8a43',
  revision: 0n,
  recordedAt: new Date('2008-01-01T12:00:00Z'),
  metadata: { caseId: 'c2b1f7a0-0d2c-4c55-9a51-5f0c6a7e8a43', context: 'focal-point', schemaVersion: 1, ...metadata },
});

describe('an event as a CloudEvent on Kafka', () => {
  it('carries the trace it was recorded in as the distributed-tracing extension, and gives it back to the consumer', () => {
    const envelope = toCloudEvent(recorded({ traceparent }));
    expect(envelope.traceparent).toBe(traceparent);
    expect(fromCloudEvent(JSON.parse(JSON.stringify(envelope)) as RtopCloudEvent).metadata.traceparent).toBe(traceparent);
  });

  it('has no traceparent attribute when the event was recorded outside any trace', () => {
    const envelope = toCloudEvent(recorded({}));
    expect('traceparent' in envelope).toBe(false);
    expect('traceparent' in fromCloudEvent(envelope).metadata).toBe(false);
  });
});
