export { ObservabilityModule } from './observability.module';
export type { ObservabilityOptions } from './observability.module';
export { HttpMetrics } from './http-metrics';
export { logLevelFromEnv, loggableError } from './logging';
export type { LogLevel, LogOptions } from './logging';
export { observedStore } from './observed-store';
export { DEFAULT_READY_MAX_RELAY_LAG } from './readiness';
export { currentTraceparent, startTracing, traceRequests } from './tracing';
export type { TracingOptions } from './tracing';
