import { randomUUID } from 'node:crypto';
import { EventStore, RecordedEvent } from '@rtop/event-store';
import { Actor } from '@rtop/kernel';

export const ACCESS_LOG = Symbol('AccessLog');
/** The access log's own schema: a record of reads, kept apart from every context's record of acts. */
export const ACCESS_LOG_SCHEMA = 'rtop_access_log';

/** Reads of one case go to that case's stream; reads across cases to the general one. */
export const accessLogStream = (caseId: string | null) => (caseId ? `access-log-${caseId}` : 'access-log');

export interface AuditorRead {
  readonly reader: Actor;
  readonly caseId: string | null;
  /** The operation read, as its route is declared (`GET /cases/:caseId/timeline`). */
  readonly operation: string;
  /** The path and query as asked. */
  readonly request: string;
  readonly at: Date;
}

export interface AuditorReadRecorded {
  readonly reader: Actor;
  readonly caseId: string | null;
  readonly operation: string;
  readonly request: string;
  readonly readAt: string;
}

/** Records an auditor's read before it is answered, so no read by an auditor goes unrecorded. */
export async function recordAuditorRead(log: EventStore, read: AuditorRead): Promise<void> {
  const data: AuditorReadRecorded = {
    reader: read.reader,
    caseId: read.caseId,
    operation: read.operation,
    request: read.request,
    readAt: read.at.toISOString(),
  };
  await log.append(
    accessLogStream(read.caseId),
    [
      {
        eventId: randomUUID(),
        type: 'auditor-read-recorded',
        data,
        metadata: { caseId: read.caseId, context: 'access-log', schemaVersion: 1, actor: read.reader, occurredAt: data.readAt },
      },
    ],
    'any',
  );
}

export const auditorReadOf = (event: RecordedEvent) => ({ ...(event.data as AuditorReadRecorded), revision: event.revision.toString() });
