import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import {
  ASSISTANCE_CONSENTED,
  ASSISTANCE_REQUESTED,
  COUNCIL_DECISION_ADOPTED,
  EventMetadata,
  REGIONAL_DECISION_ADOPTED,
  isBody,
  readPublished,
} from '@rtop/kernel';
import { ResponsesCommand } from '../responses/responses';
import { ExecuteOnStream } from '@rtop/commands';
import { CASE_RESPONSES } from './responses-stream';

/** A state as its alpha-3 code, whether the event names it `KEN` or `member-state:KEN`. */
const iso3 = (state: string) => state.replace(/^member-state:/, '');

/**
 * The note a response-tracking record takes of another body's event, or nothing when the event is
 * not one the responses rest on. The actor is the deciding body's, as its own context recorded it.
 */
export function noteFor(event: Pick<LoggedEvent, 'eventId' | 'context' | 'type' | 'data' | 'metadata'>): ResponsesCommand | undefined {
  const metadata = event.metadata as unknown as EventMetadata;
  const envelope = { actor: metadata.actor, at: new Date(metadata.occurredAt), sourceEventId: event.eventId };
  const source = `${event.context}/${event.type}`;
  switch (source) {
    case 'security-council/council-decision-adopted': {
      const d = readPublished(event, COUNCIL_DECISION_ADOPTED);
      return {
        type: 'note-council-decision',
        decisionId: d.draftId,
        chapter: d.chapter,
        procedural: d.procedural,
        measures: d.measures.map(({ kind, coercive }) => ({ kind, coercive })),
        authorisedBodies: d.authorisedBodies.filter(isBody),
        manifestFailureDetermined: d.manifestFailureDetermined,
        ...envelope,
      };
    }
    case 'regional-bodies/regional-decision-adopted': {
      const d = readPublished(event, REGIONAL_DECISION_ADOPTED);
      if (!isBody(d.body)) return undefined;
      return {
        type: 'note-regional-decision',
        decisionId: d.decisionId,
        body: d.body,
        coercive: d.coercive,
        councilDecisionId: d.councilDecisionId,
        ...envelope,
      };
    }
    case 'member-states/assistance-requested': {
      const d = readPublished(event, ASSISTANCE_REQUESTED);
      return { type: 'note-state-consent', state: iso3(d.state), requestOrConsentId: d.requestId, form: 'request', ...envelope };
    }
    case 'member-states/assistance-consented': {
      const d = readPublished(event, ASSISTANCE_CONSENTED);
      const id = d.consentId ?? d.requestId;
      if (!id) return undefined;
      return { type: 'note-state-consent', state: iso3(d.state), requestOrConsentId: id, form: 'consent', ...envelope };
    }
    default:
      return undefined;
  }
}

/**
 * Notes, in the responses record, the decisions responses rest on: the Security Council's, the
 * regional bodies', and states' requests for and consent to assistance. Each is taken from the
 * deciding body's own events on the log, never from its store; redelivery notes nothing twice.
 */
@Injectable()
export class NoteAuthoritiesWhenRecorded extends EventLogReaction {
  protected readonly group = 'secretary-general.note-authorities-when-recorded';
  protected readonly contexts = ['security-council', 'regional-bodies', 'member-states'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    private readonly commands: CommandBus,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    const note = noteFor(event);
    if (!note) return;
    await this.commands.execute(
      new ExecuteOnStream(
        CASE_RESPONSES,
        { ...note, caseId: event.caseId },
        { idempotencyKey: `note|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
