import { z } from 'zod';
import { StepFailed, read } from './http';

/**
 * The answers the scenario reads, each with only the fields it reads (the rest of an answer is
 * left unread): a step whose answer lacks one stops the play, saying so.
 */

const id = z.string().min(1);

export const CASE_OPENED = z.object({ caseId: id });
export const REPORT_FILED = z.object({ reportId: id, reliability: z.string(), source: z.unknown() });
/** A protected source leaves the request that named it by its pseudonym only. */
export const PROTECTED_SOURCE = z.object({ kind: z.literal('protected'), pseudonym: z.string() });
export const EARLY_WARNING_SUBMITTED = z.object({ reportId: id });
/** A page of the case's reports (`GET /cases/{caseId}/reports`) and of its lessons (`…/lessons-learned`). */
export const JOINT_OFFICE_REPORTS = z.object({
  items: z.array(z.object({ reportId: id, channel: z.string(), source: z.object({ name: z.string().optional() }) })),
});
export const JOINT_OFFICE_LESSONS = z.object({ items: z.array(z.object({ lessonId: id })) });
export const ASSESSMENT_DRAFTED = z.object({ assessmentId: id, reviewChecklist: z.array(z.string()) });
export const ASSESSMENT_ISSUED = z.object({ contentDigest: z.string() });
/** Sent on unaltered: the content is carried as received, never read. */
export const ASSESSMENT_RECEIVED = z.object({ contentDigest: z.string(), content: z.record(z.string(), z.unknown()) });
export const BODY_CASE = z.object({ assessments: z.array(z.unknown()) });
export const COUNCIL_CASE = z.object({ agenda: z.array(z.unknown()) });
export const DRAFT_TABLED = z.object({ draftId: id });
export const CONSENT_GIVEN = z.object({ consentId: id });
export const GOOD_OFFICES_OFFERED = z.object({ offerId: id });
export const FINDING_MADE = z.object({ findingId: id });
export const MEETING_HELD = z.object({ meetingId: id });
export const OPTION_TABLED = z.object({ optionId: id });
export const ASSEMBLY_CASE = z.object({
  vetoDebates: z.array(z.object({ draftId: id, status: z.string(), dueBy: z.string().nullable() })),
});
export const VETO_DEBATE_HELD = z.object({ heldAt: z.string() });
export const RESPONSES = z.object({ stateConsents: z.array(z.object({ state: z.string(), requestOrConsentId: z.string() })) });
export const MEASURE_REGISTERED = z.object({ measureId: id });
export const LESSON_RECORDED = z.object({ lessonId: id });

/** What a command that decides answers: the events it recorded. */
export const EVENTS_RECORDED = z.object({ events: z.array(z.object({ type: z.string(), data: z.unknown() })) });
export const REGIONAL_DECISION_ADOPTED = z.object({ decisionId: id });
export const VOTE_CLOSED = z.object({ yes: z.array(z.string()), no: z.array(z.string()), abstain: z.array(z.string()) });
export const DRAFT_VETOED = z.object({ vetoedBy: z.array(z.string()), vetoDebateDueBy: z.string() });

/** The data of the event of `type` among those a command recorded, read with its shape; the step fails when there is none. */
export function eventData<S extends z.ZodType>(
  step: string,
  recorded: z.output<typeof EVENTS_RECORDED>,
  type: string,
  shape: S,
): z.output<S> {
  const event = recorded.events.find((e) => e.type === type);
  if (!event) throw new StepFailed(`${step}: no ${type} among the events recorded: ${JSON.stringify(recorded.events)}`);
  return read(`${step}: ${type}`, shape, event.data);
}

/** One line of a case's timeline, as GET /cases/{caseId}/timeline answers it; its other fields (the event's data) are kept. */
export const TIMELINE_PAGE = z.object({
  events: z.array(
    z.looseObject({
      occurredAt: z.string(),
      recordedAt: z.string(),
      context: z.string(),
      actor: z.looseObject({ body: z.string() }),
      type: z.string(),
    }),
  ),
  next: z.string().nullable(),
});
