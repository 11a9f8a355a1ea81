/**
 * A regional liaison office's webhook receiver, as an office would write it: node:http and the
 * `standardwebhooks` library only. It verifies each delivery's signature, answers 2xx once the
 * event is handled, and skips an event whose webhook-id it has handled already.
 *
 *   npm run webhook-receiver -- --secret whsec_… [--port 4000] [--state .webhooks-au-psc.ids] [--json]
 *
 * rtop delivers at least once: a retry, a redelivery or a restart of rtop in the middle of a
 * delivery sends an event again, always under the same webhook-id (the CloudEvent's id). So the
 * office keeps the ids it has handled (here a file, in a real office its own database, in the
 * same transaction as its own writes). During a secret rotation rtop signs with both secrets;
 * `--secret` may be given twice while the receiver switches over.
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

export interface LiaisonCloudEvent {
  readonly id: string;
  readonly type: string;
  readonly subject: string;
  readonly time: string;
  readonly data: unknown;
}

export interface ReceiverOptions {
  /** The subscription's secrets (whsec_…): a delivery signed by any of them is taken. */
  readonly secrets: readonly string[];
  /** The webhook-ids handled already. */
  readonly seen: Set<string>;
  /** What the office does with an event; called once per webhook-id. */
  readonly handle: (event: LiaisonCloudEvent, webhookId: string) => void | Promise<void>;
  /** Told of every delivery, a duplicate included, and of every refused one. */
  readonly onDelivery?: (delivery: { webhookId: string; outcome: 'handled' | 'duplicate' | 'refused'; reason?: string }) => void;
}

async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Verifies against each secret in turn: the library's own check, signature and timestamp. */
function verified(secrets: readonly string[], payload: string, headers: Record<string, string>): LiaisonCloudEvent {
  let refusal: unknown;
  for (const secret of secrets) {
    try {
      return new Webhook(secret).verify(payload, headers) as LiaisonCloudEvent;
    } catch (error) {
      refusal = error;
    }
  }
  throw refusal;
}

/** The receiver's request handler: verify, dedupe, handle, answer. */
export function receiveWebhooks(options: ReceiverOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const payload = await bodyOf(request);
    const headers = Object.fromEntries(
      ['webhook-id', 'webhook-timestamp', 'webhook-signature'].map((h) => [h, String(request.headers[h] ?? '')]),
    );
    let event: LiaisonCloudEvent;
    try {
      event = verified(options.secrets, payload, headers);
    } catch (error) {
      const reason = error instanceof WebhookVerificationError ? error.message : `not a signed CloudEvent: ${(error as Error).message}`;
      options.onDelivery?.({ webhookId: headers['webhook-id'], outcome: 'refused', reason });
      response.writeHead(401).end();
      return;
    }
    const webhookId = headers['webhook-id'];
    if (options.seen.has(webhookId)) {
      options.onDelivery?.({ webhookId, outcome: 'duplicate' });
      response.writeHead(204).end();
      return;
    }
    await options.handle(event, webhookId);
    options.seen.add(webhookId);
    options.onDelivery?.({ webhookId, outcome: 'handled' });
    response.writeHead(204).end();
  };
}

export function createWebhookReceiver(options: ReceiverOptions): Server {
  const receive = receiveWebhooks(options);
  // An event the office failed to handle is answered 500, so that rtop delivers it again.
  return createServer((request, response) => {
    receive(request, response).catch((error: unknown) => {
      console.error(`handling a delivery failed: ${error instanceof Error ? error.message : String(error)}`);
      response.writeHead(500).end();
    });
  });
}

function main(): void {
  const { values } = parseArgs({
    options: {
      secret: { type: 'string', multiple: true, default: process.env.RTOP_WEBHOOK_SECRET ? [process.env.RTOP_WEBHOOK_SECRET] : [] },
      port: { type: 'string', default: '4000' },
      state: { type: 'string', default: '.webhooks.ids' },
      json: { type: 'boolean', default: false },
    },
  });
  if (!values.secret.length) {
    console.error('usage: npm run webhook-receiver -- --secret whsec_… [--secret whsec_…] [--port 4000] [--state file] [--json]');
    process.exit(2);
  }
  const stateFile = values.state;
  const seen = new Set(existsSync(stateFile) ? readFileSync(stateFile, 'utf8').split('\n').filter(Boolean) : []);
  const server = createWebhookReceiver({
    secrets: values.secret,
    seen,
    handle: (event) => {
      if (values.json)
        process.stdout.write(`${JSON.stringify({ id: event.id, type: event.type, caseId: event.subject, time: event.time })}\n`);
      else console.log(`${event.time}  ${event.type}  case ${event.subject}`);
      appendFileSync(stateFile, `${event.id}\n`);
    },
    onDelivery: ({ webhookId, outcome, reason }) => {
      if (outcome === 'duplicate') console.error(`duplicate ${webhookId}: handled already, skipped`);
      if (outcome === 'refused') console.error(`refused a delivery (${webhookId || 'no id'}): ${reason}`);
    },
  });
  server.listen(Number(values.port), () =>
    console.error(`webhook receiver on http://localhost:${values.port}; ${seen.size} events already handled`),
  );
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop).on('SIGTERM', stop);
}

if (require.main === module) main();
