import { Inject, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ROOT_CONTEXT, SpanKind, SpanStatusCode, propagation, trace } from '@opentelemetry/api';
import { DomainError } from '@rtop/kernel';
import { EVENT_LOG, EventLog, LogSubscription } from './event-log.port';
import { LoggedEvent } from './logged-event';

/**
 * A reaction in one context to events another context published, as a consumer group of its
 * own. Delivery is at-least-once, so `react` must change nothing when an event comes again:
 * write with event ids derived from the event reacted to, and the store's idempotent append
 * dedupes in the same transaction as the write. A refusal by this context's own rules is final
 * for that event and is logged, not retried; any other failure is retried, never skipped.
 */
export abstract class EventLogReaction implements OnApplicationBootstrap, OnModuleDestroy {
  /** The consumer group: renaming it replays the producers' whole history into the reaction. */
  protected abstract readonly group: string;
  protected abstract readonly contexts: readonly string[];
  protected abstract react(event: LoggedEvent): Promise<void>;

  private readonly logger = new Logger(this.constructor.name);
  private subscription?: Promise<LogSubscription | undefined>;
  private stopping = false;

  constructor(@Inject(EVENT_LOG) private readonly log: EventLog) {}

  /** The group and the contexts it follows: what its lag is measured on. */
  get consumer(): { readonly group: string; readonly contexts: readonly string[] } {
    return { group: this.group, contexts: this.contexts };
  }

  onApplicationBootstrap(): void {
    this.subscription = this.joinUntilJoined();
  }

  /** The log may not be reachable yet, or a new topic not yet ready: keep trying, never give up. */
  private async joinUntilJoined(): Promise<LogSubscription | undefined> {
    for (let attempt = 1; !this.stopping; attempt++) {
      try {
        return await this.log.subscribe({ group: this.group, contexts: this.contexts, handle: (event) => this.reactInTrace(event) });
      } catch (error) {
        this.logger.warn(`joining ${this.group} failed (attempt ${attempt}): ${(error as Error).message}; trying again`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(5000, 250 * attempt)));
      }
    }
    return undefined;
  }

  /**
   * The reaction continues the trace the event was recorded in (its `traceparent`), in whichever
   * process it runs: what it appends carries the trace on.
   */
  private reactInTrace(event: LoggedEvent): Promise<void> {
    const { traceparent } = event.metadata;
    const parent = typeof traceparent === 'string' ? propagation.extract(ROOT_CONTEXT, { traceparent }) : ROOT_CONTEXT;
    const attributes = { 'messaging.consumer.group.name': this.group, 'rtop.context': event.context, 'rtop.event.type': event.type };
    return trace
      .getTracer('rtop')
      .startActiveSpan(
        `${this.group} reacts to ${event.context}/${event.type}`,
        { kind: SpanKind.CONSUMER, attributes },
        parent,
        async (span) => {
          try {
            await this.reactOrRecordRefusal(event);
          } catch (error) {
            span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
            throw error;
          } finally {
            span.end();
          }
        },
      );
  }

  private async reactOrRecordRefusal(event: LoggedEvent): Promise<void> {
    try {
      await this.react(event);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.logger.error(
        `${this.group} refused ${event.context}/${event.type} ${event.eventId} on case ${event.caseId}: [${error.rule}] ${error.message}`,
      );
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    await (await this.subscription)?.stop();
  }
}
