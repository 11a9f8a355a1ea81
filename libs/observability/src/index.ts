export { ObservabilityModule } from './observability.module';
export type { ObservabilityOptions } from './observability.module';
export { HttpMetrics } from './http-metrics';
export { Lags } from './lags';
export { loggableError } from './logging';
export type { LogOptions } from './logging';
export { observedStore } from './observed-store';
export { currentTraceparent, startTracing, traceRequests } from './tracing';
export type { TracingOptions } from './tracing';
