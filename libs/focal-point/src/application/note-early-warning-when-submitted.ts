import { Inject, Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_LOG, EventLog, EventLogReaction, LoggedEvent } from '@rtop/event-log';
import { EVENT_STORE, EventStore } from '@rtop/event-store';
import { EARLY_WARNING_REPORT_SUBMITTED, EventMetadata, deterministicUuid, readPublished } from '@rtop/kernel';
import { ExecuteOnStream } from '@rtop/commands';
import { JOINT_OFFICE_CASE } from './case-stream';
import { occurredAtOfObservation } from './observed-at';
import { reliabilityNow } from './source-stream';

/** One regional report is one report on the case, however it arrives. */
export const earlyWarningReportId = (body: string, regionalReportId: string) =>
  deterministicUuid(`early-warning|${body}|${regionalReportId}`);

/**
 * Files every report a regional early-warning system (IGAD's CEWARN among them) submits on a
 * case as an information report of the Joint Office. A redelivered event changes nothing.
 */
@Injectable()
export class NoteEarlyWarningWhenSubmitted extends EventLogReaction {
  protected readonly group = 'focal-point.note-early-warning-when-submitted';
  protected readonly contexts = ['regional-bodies'];

  constructor(
    @Inject(EVENT_LOG) log: EventLog,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly commands: CommandBus,
  ) {
    super(log);
  }

  protected async react(event: LoggedEvent): Promise<void> {
    if (event.type !== 'early-warning-report-submitted') return;
    const metadata = event.metadata as unknown as EventMetadata;
    const submitted = readPublished(event, EARLY_WARNING_REPORT_SUBMITTED);
    const actor = metadata.actor;
    const regionalReportId = submitted.reportId;
    await this.commands.execute(
      new ExecuteOnStream(
        JOINT_OFFICE_CASE,
        {
          type: 'note-early-warning-report',
          caseId: event.caseId,
          reportId: earlyWarningReportId(actor.body, regionalReportId),
          regionalReportId,
          summary: submitted.summary,
          observedAt: submitted.observedAt ?? metadata.occurredAt,
          location: submitted.location ?? '',
          regionalIndicators: submitted.indicators ?? [],
          riskFactors: submitted.riskFactors ?? [],
          reliability: await reliabilityNow(this.store, { kind: 'named', name: actor.body }),
          actor,
          at: new Date(metadata.occurredAt),
          ...occurredAtOfObservation(submitted.observedAt ?? metadata.occurredAt, new Date(metadata.occurredAt)),
        },
        { idempotencyKey: `early-warning|${event.eventId}`, causationId: event.eventId },
      ),
    );
  }
}
