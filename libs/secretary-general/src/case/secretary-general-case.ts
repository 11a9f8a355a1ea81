import { CaseNoted, Decider, Knowing, NoteCase, knowingCases, laterOf } from '@rtop/kernel';
import { AppointSpecialEnvoy, appointSpecialEnvoy } from './appoint-special-envoy';
import { ConveneStandingGroup, conveneStandingGroup } from './convene-standing-group';
import { DetectOverdueMeeting, detectOverdueMeeting } from './detect-overdue-meeting';
import { FindVergeOfManifestFailure, findVergeOfManifestFailure } from './find-verge-of-manifest-failure';
import { HoldStandingGroupMeeting, holdStandingGroupMeeting } from './hold-standing-group-meeting';
import { MakeRecommendation, makeRecommendation } from './make-recommendation';
import { NotifyCouncilUnderArticle99, notifyCouncilUnderArticle99 } from './notify-council-under-article-99';
import { OfferGoodOffices, offerGoodOffices } from './offer-good-offices';
import { ReceiveAssessment, receiveAssessment } from './receive-assessment';
import {
  Article99NotificationSent,
  GoodOfficesOffered,
  ReceivedAssessment,
  RecommendationMade,
  SecretaryGeneralEvent,
  SpecialEnvoyAppointed,
  VergeOfManifestFailureFound,
} from './secretary-general-events';
import { ConvenedStandingGroup, StandingGroup } from './standing-group';
import { TableOption, tableOption } from './table-option';
import { TransmitAssessment, transmitAssessment } from './transmit-assessment';

export type Article99Notification = Article99NotificationSent['data'];
export type GoodOffices = GoodOfficesOffered['data'];
export type SpecialEnvoy = SpecialEnvoyAppointed['data'];
export type Recommendation = RecommendationMade['data'];
export type VergeFinding = VergeOfManifestFailureFound['data'];

/**
 * What the Secretary-General holds on a case: the assessments received and to whom each went, the
 * Secretary-General's own acts, and the standing group convened on it. The group lives here
 * because it works from the assessments exactly as the Secretary-General received them.
 */
export interface SecretaryGeneralCase {
  readonly received: ReadonlyMap<string, ReceivedAssessment>;
  readonly transmittedTo: ReadonlyMap<string, ReadonlySet<string>>;
  readonly notifications: ReadonlyMap<string, Article99Notification>;
  readonly goodOffices: ReadonlyMap<string, GoodOffices>;
  readonly envoys: ReadonlyMap<string, SpecialEnvoy>;
  readonly recommendations: ReadonlyMap<string, Recommendation>;
  readonly findings: ReadonlyMap<string, VergeFinding>;
  readonly standingGroup: StandingGroup;
}

export type SecretaryGeneralCommand =
  | ReceiveAssessment
  | TransmitAssessment
  | NotifyCouncilUnderArticle99
  | OfferGoodOffices
  | AppointSpecialEnvoy
  | MakeRecommendation
  | FindVergeOfManifestFailure
  | ConveneStandingGroup
  | HoldStandingGroupMeeting
  | TableOption
  | DetectOverdueMeeting;

export function evolve(state: SecretaryGeneralCase, event: SecretaryGeneralEvent): SecretaryGeneralCase {
  switch (event.type) {
    case 'assessment-received': {
      const { assessmentId, content, contentDigest } = event.data;
      return { ...state, received: new Map(state.received).set(assessmentId, { assessmentId, content, contentDigest }) };
    }
    case 'assessment-transmitted': {
      const { assessmentId, recipients } = event.data;
      const before = state.transmittedTo.get(assessmentId) ?? new Set<string>();
      return {
        ...state,
        transmittedTo: new Map(state.transmittedTo).set(assessmentId, new Set([...before, ...recipients])),
      };
    }
    case 'article-99-notification-sent':
      return { ...state, notifications: new Map(state.notifications).set(event.data.notificationId, event.data) };
    case 'good-offices-offered':
      return { ...state, goodOffices: new Map(state.goodOffices).set(event.data.offerId, event.data) };
    case 'special-envoy-appointed':
      return { ...state, envoys: new Map(state.envoys).set(event.data.envoyId, event.data) };
    case 'recommendation-made':
      return { ...state, recommendations: new Map(state.recommendations).set(event.data.recommendationId, event.data) };
    case 'verge-of-manifest-failure-found':
      return { ...state, findings: new Map(state.findings).set(event.data.findingId, event.data) };
    case 'standing-group-convened':
      return {
        ...state,
        standingGroup: {
          status: 'convened',
          ...event.data,
          meetings: new Map(),
          options: new Map(),
          lastMetAt: null,
          overdueRecorded: new Set(),
        },
      };
    case 'standing-group-meeting-held': {
      const group = state.standingGroup as ConvenedStandingGroup;
      return {
        ...state,
        standingGroup: {
          ...group,
          meetings: new Map(group.meetings).set(event.data.meetingId, event.data),
          // A meeting entered late may have been held before the latest one on record.
          lastMetAt: laterOf(group.lastMetAt ?? undefined, event.data.heldAt) ?? event.data.heldAt,
          overdueRecorded: new Set(),
        },
      };
    }
    case 'option-tabled': {
      const group = state.standingGroup as ConvenedStandingGroup;
      return { ...state, standingGroup: { ...group, options: new Map(group.options).set(event.data.optionId, event.data) } };
    }
    case 'standing-group-meeting-overdue': {
      const group = state.standingGroup as ConvenedStandingGroup;
      return { ...state, standingGroup: { ...group, overdueRecorded: new Set(group.overdueRecorded).add(event.data.dueBy) } };
    }
  }
}

export function decide(command: SecretaryGeneralCommand, state: SecretaryGeneralCase): readonly SecretaryGeneralEvent[] {
  switch (command.type) {
    case 'receive-assessment':
      return receiveAssessment(command, state);
    case 'transmit-assessment':
      return transmitAssessment(command, state);
    case 'notify-council-under-article-99':
      return notifyCouncilUnderArticle99(command, state);
    case 'offer-good-offices':
      return offerGoodOffices(command, state);
    case 'appoint-special-envoy':
      return appointSpecialEnvoy(command, state);
    case 'make-recommendation':
      return makeRecommendation(command, state);
    case 'find-verge-of-manifest-failure':
      return findVergeOfManifestFailure(command, state);
    case 'convene-standing-group':
      return conveneStandingGroup(command, state);
    case 'hold-standing-group-meeting':
      return holdStandingGroupMeeting(command, state);
    case 'table-option':
      return tableOption(command, state);
    case 'detect-overdue-meeting':
      return detectOverdueMeeting(command, state);
  }
}

const secretaryGeneralCase: Decider<SecretaryGeneralCommand, SecretaryGeneralEvent, SecretaryGeneralCase> = {
  decide,
  evolve,
  initialState: {
    received: new Map(),
    transmittedTo: new Map(),
    notifications: new Map(),
    goodOffices: new Map(),
    envoys: new Map(),
    recommendations: new Map(),
    findings: new Map(),
    standingGroup: { status: 'not-convened' },
  },
};

/** The Secretary-General's file on a case as its commands and reads see it: with what it knows of the case itself. */
export type SecretaryGeneralFile = Knowing<SecretaryGeneralCase>;
export type SecretaryGeneralFileCommand = SecretaryGeneralCommand | NoteCase;
export type SecretaryGeneralFileEvent = SecretaryGeneralEvent | CaseNoted;

/** Knows the cases the Joint Office opened (and any whose assessment it received); refuses any other (404 `case-exists`). */
export const secretaryGeneralDecider: Decider<SecretaryGeneralFileCommand, SecretaryGeneralFileEvent, SecretaryGeneralFile> = knowingCases(
  secretaryGeneralCase,
  'the Secretary-General',
  { placements: ['receive-assessment'], placedBy: ['assessment-received'] },
);
