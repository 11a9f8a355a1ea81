import { IncomingMessage, Server, createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** A span as a spec asks about it: the service that sent it, its name, and its place in its trace. */
export interface ReceivedSpan {
  readonly service: string;
  readonly name: string;
  readonly traceId: string;
  readonly spanId: string;
  /** None for the root of a trace. */
  readonly parentSpanId?: string;
}

/** The part of an OTLP/JSON ExportTraceServiceRequest read here; the ids are hex strings. */
interface ExportTraceRequest {
  readonly resourceSpans?: readonly {
    readonly resource?: { readonly attributes?: readonly { readonly key: string; readonly value: { readonly stringValue?: string } }[] };
    readonly scopeSpans?: readonly {
      readonly spans?: readonly {
        readonly traceId: string;
        readonly spanId: string;
        readonly parentSpanId?: string;
        readonly name: string;
      }[];
    }[];
  }[];
}

/**
 * A trace collector of a spec's own: it takes OTLP/HTTP exports in JSON, as the services'
 * exporter (@opentelemetry/exporter-trace-otlp-http) sends them to OTEL_EXPORTER_OTLP_ENDPOINT,
 * and keeps every span.
 */
export class OtlpReceiver {
  private constructor(
    private readonly server: Server,
    /** What OTEL_EXPORTER_OTLP_ENDPOINT is set to: the exporter posts to its /v1/traces. */
    readonly endpoint: string,
    /** Every span received, in the order the exports came. */
    readonly spans: readonly ReceivedSpan[],
  ) {}

  static async start(): Promise<OtlpReceiver> {
    const spans: ReceivedSpan[] = [];
    const server = createServer((request, response) => {
      void bodyOf(request).then(
        (body) => {
          if (request.method !== 'POST' || request.url !== '/v1/traces') return void response.writeHead(404).end();
          spans.push(...spansIn(JSON.parse(body.toString('utf8')) as ExportTraceRequest));
          response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
        },
        () => void response.writeHead(400).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new OtlpReceiver(server, `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`, spans);
  }

  /** The span and its ancestors as received, nearest first, each as `service: name`, and the parent it ends at. */
  ancestry(span: ReceivedSpan): { readonly spans: readonly string[]; readonly endsAt?: string } {
    const parentOf = (child: ReceivedSpan) => this.spans.find((candidate) => candidate.spanId === child.parentSpanId);
    const line: string[] = [];
    let last = span;
    for (let current: ReceivedSpan | undefined = span; current; current = parentOf(current)) {
      line.push(`${current.service}: ${current.name}`);
      last = current;
    }
    return { spans: line, endsAt: last.parentSpanId };
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.close((error) => (error ? reject(error) : resolve()));
    });
  }
}

function spansIn(request: ExportTraceRequest): ReceivedSpan[] {
  return (request.resourceSpans ?? []).flatMap(({ resource, scopeSpans }) => {
    const service = resource?.attributes?.find((attribute) => attribute.key === 'service.name')?.value.stringValue ?? 'unknown';
    return (scopeSpans ?? []).flatMap(({ spans }) =>
      (spans ?? []).map(({ traceId, spanId, parentSpanId, name }) => ({
        service,
        name,
        traceId,
        spanId,
        ...(parentSpanId ? { parentSpanId } : {}),
      })),
    );
  });
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  return request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
}
