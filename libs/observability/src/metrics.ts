import { Counter, Gauge, Histogram, collectDefaultMetrics, register } from 'prom-client';

/**
 * The process's metrics, in prom-client's default registry. Label values are route templates,
 * contexts, rules, consumer groups and projection names: never an id, a name or anything of a case.
 */
collectDefaultMetrics({ prefix: 'rtop_' });

export const httpDuration = new Histogram({
  name: 'rtop_http_request_duration_seconds',
  help: 'HTTP requests by route template, method and status.',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
});

export const commandOutcomes = new Counter({
  name: 'rtop_commands_total',
  help: 'Commands (writes over HTTP) by context, route and outcome: accepted, or the rule that refused it.',
  labelNames: ['context', 'method', 'route', 'outcome'] as const,
});

export const appendDuration = new Histogram({
  name: 'rtop_event_store_append_duration_seconds',
  help: 'Appends to a context’s event store, by outcome: ok, conflict (a concurrent write won) or error.',
  labelNames: ['context', 'outcome'] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
});

/** A lag, read when /metrics is scraped from whatever the samplers of the running apps report. */
const lagGauge = (name: string, help: string, labelNames: readonly string[]) => new Gauge({ name, help, labelNames });

export const relayLag = lagGauge('rtop_relay_lag_events', 'Events a context recorded that its relay has not yet published to Kafka.', [
  'context',
]);
export const consumerLag = lagGauge('rtop_consumer_lag_events', 'Events on the log a consumer group has not yet handled.', ['group']);
export const projectionLag = lagGauge('rtop_projection_lag_events', 'Events a context recorded that a read model does not hold yet.', [
  'context',
  'projection',
]);

export { register };
