import type { IncomingMessage } from 'node:http';
import { ROOT_CONTEXT, Span, SpanKind, SpanStatusCode, context, isSpanContextValid, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import type { NextFunction, Request, Response } from 'express';
import { routeOf } from './route-of';

export interface TracingOptions {
  /** OTEL_SERVICE_NAME, else rtop-<process>. */
  readonly serviceName: string;
  /**
   * Whether spans are exported over OTLP/HTTP: when OTEL_EXPORTER_OTLP_ENDPOINT (or
   * OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) is set; the exporter reads the rest of its settings there.
   */
  readonly exportOverOtlp?: boolean;
  /** Further processors: a test's in-memory exporter. */
  readonly processors?: readonly SpanProcessor[];
}

let provider: NodeTracerProvider | undefined;

/**
 * Starts tracing for the process, once: W3C trace context in and out, and spans kept in the
 * async context of the request or reaction they belong to. Without an endpoint, nothing leaves
 * the process, but trace ids still go from a request into its events and on to the reactions.
 */
export function startTracing({ serviceName, exportOverOtlp = false, processors = [] }: TracingOptions): void {
  if (provider) return;
  const exported = exportOverOtlp ? [new BatchSpanProcessor(new OTLPTraceExporter())] : [];
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': serviceName }),
    spanProcessors: [...processors, ...exported],
  });
  provider.register();
}

/** Sends the spans still buffered: at shutdown, so the last requests' spans are not lost. */
export async function flushTraces(): Promise<void> {
  await provider?.forceFlush();
}

const tracer = () => trace.getTracer('rtop');
const SPAN = Symbol('rtop.span');
type Traced = IncomingMessage & { [SPAN]?: Span };

/**
 * A server span per request, the child of the caller's `traceparent` when it sent one; the rest
 * of the request (its appends, its logs) runs in that span's context.
 */
export function traceRequests(request: Request, response: Response, next: NextFunction): void {
  const parent = propagation.extract(ROOT_CONTEXT, request.headers);
  const span = tracer().startSpan(request.method, { kind: SpanKind.SERVER, attributes: { 'http.request.method': request.method } }, parent);
  (request as Traced)[SPAN] = span;
  response.once('close', () => {
    const route = routeOf(request);
    span.updateName(`${request.method} ${route}`);
    span.setAttributes({ 'http.route': route, 'http.response.status_code': response.statusCode });
    if (response.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  context.with(trace.setSpan(parent, span), next);
}

/** The trace a request belongs to, for its log lines. */
export function traceIdOf(request: IncomingMessage): string | undefined {
  const spanContext = (request as Traced)[SPAN]?.spanContext();
  return spanContext && isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}

/** The W3C `traceparent` of the span in progress, for the metadata of the events it appends. */
export function currentTraceparent(): string | undefined {
  const carrier: { traceparent?: string } = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}
