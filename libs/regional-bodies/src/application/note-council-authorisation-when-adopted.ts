import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ExecuteOnStream } from '@rtop/commands';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { COUNCIL_DECISION_ADOPTED, EventMetadata, REGIONAL_BODIES, readPublished } from '@rtop/kernel';
import { REGIONAL_CASE_STREAM, RegionalCaseStream } from './regional-case-stream';

/**
 * Notes every Council decision that authorises a regional body, by following the event log, so
 * the body's decisions can link to it (Charter Art. 53). Redelivery changes nothing.
 */
@Injectable()
export class NoteCouncilAuthorisationWhenAdopted extends EventLogReaction {
  protected readonly group = 'regional-bodies.note-council-authorisation-when-adopted';
  protected readonly contexts = ['security-council'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    private readonly commands: CommandBus,
    @Inject(REGIONAL_CASE_STREAM) private readonly cases: RegionalCaseStream,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    if (event.type !== 'council-decision-adopted') return;
    const metadata = event.metadata as unknown as EventMetadata;
    const { draftId, chapter, measures, authorisedBodies } = readPublished(event, COUNCIL_DECISION_ADOPTED);
    if (!authorisedBodies.some((b) => (REGIONAL_BODIES as readonly string[]).includes(b))) return;
    const command = new ExecuteOnStream(
      this.cases,
      {
        type: 'note-council-authorisation',
        caseId: event.caseId,
        councilDecisionId: draftId,
        chapter,
        measures: measures.map(({ kind, coercive }) => ({ kind, coercive })),
        authorisedBodies,
        actor: metadata.actor,
        at: new Date(metadata.occurredAt),
      },
      { idempotencyKey: `note-council-authorisation|${event.eventId}`, causationId: event.eventId },
    );
    await this.commands.execute(command);
  }
}
