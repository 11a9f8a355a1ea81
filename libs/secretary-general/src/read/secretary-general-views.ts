import { ApiProperty } from '@nestjs/swagger';
import { SecretaryGeneralCase } from '../case/secretary-general-case';
import { ConvenedStandingGroup, OverdueMeeting, StandingGroupMeeting, TabledOption } from '../case/standing-group';
import { Measure } from '../responses/measure';
import { Responses } from '../responses/responses';
import { NotedCouncilDecision, NotedRegionalDecision, NotedStateConsent } from '../responses/responses-events';

export class SecretaryGeneralCaseView {
  @ApiProperty({ description: 'Assessments received from the Joint Office (id, digest) and the organs each went to.' })
  assessments!: { assessmentId: string; contentDigest: string; transmittedTo: string[] }[];
  @ApiProperty({ description: 'Art. 99 notifications sent to the Security Council.' }) article99Notifications!: unknown[];
  @ApiProperty() goodOffices!: unknown[];
  @ApiProperty() specialEnvoys!: unknown[];
  @ApiProperty() recommendations!: unknown[];
  @ApiProperty({
    description: 'Findings that the situation is at the verge of manifest failure, with the crimes at high risk and the reasons.',
  })
  vergeOfManifestFailureFindings!: unknown[];
  @ApiProperty({ enum: ['not-convened', 'convened'] }) standingGroup!: 'not-convened' | 'convened';
  @ApiProperty({ description: 'The stream revision; send it back as If-Match.' }) revision!: string;
}

export function secretaryGeneralCaseView(state: SecretaryGeneralCase, revision: bigint): SecretaryGeneralCaseView {
  return {
    assessments: [...state.received.values()].map(({ assessmentId, contentDigest }) => ({
      assessmentId,
      contentDigest,
      transmittedTo: [...(state.transmittedTo.get(assessmentId) ?? [])],
    })),
    article99Notifications: [...state.notifications.values()],
    goodOffices: [...state.goodOffices.values()],
    specialEnvoys: [...state.envoys.values()],
    recommendations: [...state.recommendations.values()],
    vergeOfManifestFailureFindings: [...state.findings.values()],
    standingGroup: state.standingGroup.status,
    revision: revision.toString(),
  };
}

export class OverdueMeetingView {
  @ApiProperty({ description: 'When the missed meeting was due.' }) dueBy!: string;
  @ApiProperty({ type: String, nullable: true, description: 'When the group last met; null if it has not met since it was convened.' })
  lastMetAt!: string | null;
}

export class StandingGroupView {
  @ApiProperty() findingId!: string;
  @ApiProperty({ type: [String] }) members!: string[];
  @ApiProperty({ description: 'Days between meetings before one is overdue (configurable when convened; default 7).' })
  meetingCadenceDays!: number;
  @ApiProperty() convenedAt!: string;
  @ApiProperty({ type: String, nullable: true }) lastMetAt!: string | null;
  @ApiProperty() meetings!: StandingGroupMeeting[];
  @ApiProperty({ description: 'The full panoply of options tabled, by pillar; each names the assessment, and its digest, it answers.' })
  options!: { II: TabledOption[]; III: TabledOption[] };
  @ApiProperty({ type: [OverdueMeetingView], description: 'Meetings missed as of now and not yet recorded as overdue.' })
  overdueNow!: OverdueMeeting[];
  @ApiProperty({ description: 'The stream revision; send it back as If-Match.' }) revision!: string;
}

export function standingGroupView(group: ConvenedStandingGroup, overdueNow: OverdueMeeting[], revision: bigint): StandingGroupView {
  const options = [...group.options.values()];
  return {
    findingId: group.findingId,
    members: [...group.members],
    meetingCadenceDays: group.meetingCadenceDays,
    convenedAt: group.convenedAt,
    lastMetAt: group.lastMetAt,
    meetings: [...group.meetings.values()],
    options: { II: options.filter((o) => o.pillar === 'II'), III: options.filter((o) => o.pillar === 'III') },
    overdueNow,
    revision: revision.toString(),
  };
}

export class ResponsesView {
  @ApiProperty({ description: 'Security Council decisions noted from the Council’s events, by draft id.' })
  councilDecisions!: NotedCouncilDecision[];
  @ApiProperty({ description: 'Regional bodies’ decisions noted from their events.' }) regionalDecisions!: NotedRegionalDecision[];
  @ApiProperty({ description: 'States’ requests for and consent to assistance, noted from their events.' })
  stateConsents!: NotedStateConsent[];
  @ApiProperty({ description: 'Measures with pillar, coercion, authorising decision, implementing body, status and latest outcome.' })
  measures!: Measure[];
  @ApiProperty({ description: 'The stream revision; send it back as If-Match.' }) revision!: string;
}

export function responsesView(state: Responses, revision: bigint): ResponsesView {
  return {
    councilDecisions: [...state.councilDecisions.values()],
    regionalDecisions: [...state.regionalDecisions.values()],
    stateConsents: [...state.stateConsents.values()],
    measures: [...state.measures.values()],
    revision: revision.toString(),
  };
}
