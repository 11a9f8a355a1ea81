import { z } from 'zod';
import { DataOf, nextVersion, publishedEvent } from './contract';

/** What secretary-general publishes for other contexts. */

export const ASSESSMENT_RECEIVED = publishedEvent(
  'secretary-general',
  'assessment-received',
  z.object({
    assessmentId: z.string(),
    content: z.record(z.string(), z.unknown()),
    contentDigest: z.string(),
    issuedEventId: z.string(),
  }),
);
export type AssessmentReceivedV1 = DataOf<typeof ASSESSMENT_RECEIVED>;

const ASSESSMENT_TRANSMITTED_V1 = publishedEvent(
  'secretary-general',
  'assessment-transmitted',
  z.object({
    transmissionId: z.string(),
    assessmentId: z.string(),
    recipients: z.array(z.string()).min(1),
    contentDigest: z.string(),
    content: z.record(z.string(), z.unknown()),
  }),
);
export type AssessmentTransmittedV1 = DataOf<typeof ASSESSMENT_TRANSMITTED_V1>;

/**
 * Version 2 names the case and when the transmission took effect in the data itself, so an
 * organ or liaison office that files the data apart from its envelope still knows both.
 * A version 1 event takes them from its envelope: the subject (case id) and `rtopoccurredat`.
 */
export const ASSESSMENT_TRANSMITTED = nextVersion(
  ASSESSMENT_TRANSMITTED_V1,
  z.object({
    transmissionId: z.string(),
    caseId: z.string(),
    assessmentId: z.string(),
    recipients: z.array(z.string()).min(1),
    contentDigest: z.string(),
    content: z.record(z.string(), z.unknown()),
    transmittedAt: z.iso.datetime(),
  }),
  (v1, event) => ({
    ...v1,
    recipients: [...v1.recipients],
    caseId: String(event.caseId ?? event.metadata.caseId),
    transmittedAt: typeof event.metadata.occurredAt === 'string' ? event.metadata.occurredAt : '',
  }),
);
export type AssessmentTransmittedV2 = DataOf<typeof ASSESSMENT_TRANSMITTED>;

/** Art. 99: the Secretary-General brings a matter to the Security Council's attention. */
export const ARTICLE_99_NOTIFICATION_SENT = publishedEvent(
  'secretary-general',
  'article-99-notification-sent',
  z.object({ caseId: z.string(), notificationId: z.string(), summary: z.string() }),
);
export type Article99NotificationSentV1 = DataOf<typeof ARTICLE_99_NOTIFICATION_SENT>;

export const SECRETARY_GENERAL_CONTRACTS = [ASSESSMENT_RECEIVED, ASSESSMENT_TRANSMITTED, ARTICLE_99_NOTIFICATION_SENT] as const;
