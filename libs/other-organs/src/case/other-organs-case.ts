import { CaseNoted, Decider, Knowing, NoteCase, knowingCases } from '@rtop/kernel';
import { ConcludeEngagement, concludeEngagement } from './conclude-engagement';
import { ConductReview, conductReview } from './conduct-review';
import { EngageInRelapsePrevention, engageInRelapsePrevention } from './engage-in-relapse-prevention';
import { MakeRecommendation, makeRecommendation } from './make-recommendation';
import {
  EcosocRecommendationMade,
  HumanRightsReportPublished,
  LessonRecorded,
  OtherOrgansEvent,
  RelapsePreventionEngaged,
  ReviewConducted,
} from './other-organs-events';
import { PublishReport, publishReport } from './publish-report';
import { RecordLesson, recordLesson } from './record-lesson';

type Engagement = RelapsePreventionEngaged['data'];

/** The Peacebuilding Commission stays engaged until it records the outcome. */
export type RelapsePreventionEngagement =
  (Engagement & { readonly status: 'engaged' }) | (Engagement & { readonly status: 'concluded'; readonly outcome: string });

/** What the Human Rights Council, the Peacebuilding Commission and ECOSOC have put on a case. */
export interface OtherOrgansCase {
  readonly reports: ReadonlyMap<string, HumanRightsReportPublished['data']>;
  readonly reviews: ReadonlyMap<string, ReviewConducted['data']>;
  readonly engagements: ReadonlyMap<string, RelapsePreventionEngagement>;
  readonly recommendations: ReadonlyMap<string, EcosocRecommendationMade['data']>;
  readonly lessons: ReadonlyMap<string, LessonRecorded['data']>;
}

export type OtherOrgansCommand =
  PublishReport | ConductReview | EngageInRelapsePrevention | ConcludeEngagement | MakeRecommendation | RecordLesson;

export function evolve(state: OtherOrgansCase, event: OtherOrgansEvent): OtherOrgansCase {
  switch (event.type) {
    case 'human-rights-report-published':
      return { ...state, reports: new Map(state.reports).set(event.data.reportId, event.data) };
    case 'review-conducted':
      return { ...state, reviews: new Map(state.reviews).set(event.data.reviewId, event.data) };
    case 'relapse-prevention-engaged':
      return { ...state, engagements: new Map(state.engagements).set(event.data.engagementId, { ...event.data, status: 'engaged' }) };
    case 'relapse-prevention-concluded': {
      const engaged = state.engagements.get(event.data.engagementId);
      // Only an engagement that began is concluded: a log saying otherwise leaves the file as it was.
      if (!engaged) return state;
      return {
        ...state,
        engagements: new Map(state.engagements).set(event.data.engagementId, {
          ...engaged,
          status: 'concluded',
          outcome: event.data.outcome,
        }),
      };
    }
    case 'ecosoc-recommendation-made':
      return { ...state, recommendations: new Map(state.recommendations).set(event.data.recommendationId, event.data) };
    case 'lesson-recorded':
      return { ...state, lessons: new Map(state.lessons).set(event.data.lessonId, event.data) };
  }
}

export function decide(command: OtherOrgansCommand, state: OtherOrgansCase): readonly OtherOrgansEvent[] {
  switch (command.type) {
    case 'publish-report':
      return publishReport(command, state);
    case 'conduct-review':
      return conductReview(command, state);
    case 'engage-in-relapse-prevention':
      return engageInRelapsePrevention(command, state);
    case 'conclude-engagement':
      return concludeEngagement(command, state);
    case 'make-recommendation':
      return makeRecommendation(command, state);
    case 'record-lesson':
      return recordLesson(command, state);
  }
}

const otherOrgansCase: Decider<OtherOrgansCommand, OtherOrgansEvent, OtherOrgansCase> = {
  decide,
  evolve,
  initialState: { reports: new Map(), reviews: new Map(), engagements: new Map(), recommendations: new Map(), lessons: new Map() },
};

/** The other organs' file on a case as commands and reads see it: with what it knows of the case itself. */
export type OtherOrgansFile = Knowing<OtherOrgansCase>;
export type OtherOrgansFileCommand = OtherOrgansCommand | NoteCase;
export type OtherOrgansFileEvent = OtherOrgansEvent | CaseNoted;

/** Knows the cases the Joint Office opened; an organ's act or a lesson on any other is refused (404 `case-exists`). */
export const otherOrgansDecider: Decider<OtherOrgansFileCommand, OtherOrgansFileEvent, OtherOrgansFile> = knowingCases(
  otherOrgansCase,
  'the other organs',
  {
    placements: [],
    placedBy: [],
  },
);
