import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { majorityOfMembers, overdueSessionConvening } from '../case/emergency-special-session';
import { GeneralAssemblyCase } from '../case/general-assembly-case';
import { Resolution, VOTES, tally } from '../case/resolution';
import { VetoDebate, overdueVetoDebates } from '../case/veto-debate';

export class AgendaItemView {
  @ApiProperty() assessmentId!: string;
  @ApiProperty() transmissionId!: string;
  @ApiProperty({ description: 'The digest of the assessment as issued by the Joint Office.' }) contentDigest!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The assessment as transmitted.' }) content!: Record<
    string,
    unknown
  >;
}

export class TallyView {
  @ApiProperty() yes!: number;
  @ApiProperty() no!: number;
  @ApiProperty() abstain!: number;
  @ApiProperty({ description: 'Yes and no votes (abstentions too only where so configured).' }) presentAndVoting!: number;
  @ApiProperty({ enum: ['two-thirds', 'simple'] }) majority!: 'two-thirds' | 'simple';
  @ApiProperty({ description: 'The yes votes adoption needs.' }) required!: number;
}

export class VotingRulesView {
  @ApiProperty({ description: '[unverified] rule 86: false leaves abstentions out of "present and voting". Deployment setting.' })
  abstentionsCountAsVoting!: boolean;
  @ApiProperty({
    type: [String],
    description: 'Members in Art. 19 arrears when the draft was tabled (configuration, not a verified list).',
  })
  inArrears!: string[];
  @ApiProperty({ type: [String], description: 'Members in arrears the Assembly lets vote (configuration).' })
  exemptedFromArrears!: string[];
}

export class MemberVoteView {
  @ApiProperty({ example: 'member-state:KEN' }) memberState!: string;
  @ApiProperty({ enum: VOTES }) vote!: string;
}

export class ResolutionView {
  @ApiProperty() resolutionId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() text!: string;
  @ApiProperty() importantQuestion!: boolean;
  @ApiProperty() peaceAndSecurityRecommendation!: boolean;
  @ApiProperty({ enum: ['voting', 'adopted', 'rejected'] }) status!: Resolution['status'];
  @ApiProperty({ type: VotingRulesView }) votingRules!: VotingRulesView;
  @ApiProperty({ type: [MemberVoteView] }) votes!: MemberVoteView[];
  @ApiProperty({ type: TallyView, description: 'The final count once voting is closed; the count so far while it is open.' })
  tally!: TallyView;
}

export class SessionView {
  @ApiProperty({
    enum: ['none', 'collecting', 'due', 'open'],
    description:
      'collecting: a members’ request gathering concurrences; due: a valid request (Council procedural vote of nine, ' +
      'or a majority of members), to be convened within 24 hours; open: sitting.',
  })
  status!: 'none' | 'collecting' | 'due' | 'open';
  @ApiPropertyOptional() requestId?: string;
  @ApiPropertyOptional({ description: 'Members concurring so far, the requester included.' }) concurrences?: number;
  @ApiPropertyOptional({ description: 'The membership configured (RTOP_GA_MEMBERSHIP, default 193).' }) membership?: number;
  @ApiPropertyOptional({ description: 'Concurrences that make a majority of the membership.' }) majorityRequired?: number;
  @ApiPropertyOptional({ enum: ['security-council', 'members'] }) basis?: 'security-council' | 'members';
  @ApiPropertyOptional({ description: 'When the session must be convened by.' }) dueBy?: string;
  @ApiPropertyOptional({ description: 'Past its convening deadline and not yet convened.' }) overdue?: boolean;
  @ApiPropertyOptional() sessionId?: string;
}

export class VetoDebateView {
  @ApiProperty({ description: 'The vetoed Council draft.' }) draftId!: string;
  @ApiProperty({ type: [String] }) vetoedBy!: string[];
  @ApiProperty({
    enum: ['not-owed', 'due', 'superseded', 'held'],
    description:
      'not-owed: an emergency special session on the situation was open when the veto was cast; ' +
      'superseded: one met before the debate fell due (res. 76/262 OP1).',
  })
  status!: VetoDebate['status'];
  @ApiProperty({ type: String, nullable: true, description: 'Ten working days after the veto, as the Council’s context counted them.' })
  dueBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) heldAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The emergency special session that met the obligation.' }) sessionId!:
    string | null;
  @ApiProperty({ description: 'Past due and neither held nor met by an emergency special session.' }) overdue!: boolean;
}

export class GeneralAssemblyCaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: [AgendaItemView] }) agenda!: AgendaItemView[];
  @ApiProperty({ type: [ResolutionView] }) resolutions!: ResolutionView[];
  @ApiProperty({ type: SessionView }) session!: SessionView;
  @ApiProperty({ type: [String] }) closedSessions!: string[];
  @ApiProperty({ type: [VetoDebateView] }) vetoDebates!: VetoDebateView[];
  @ApiProperty({ description: 'The stream revision; send it back as If-Match.' }) revision!: string;
}

export function vetoDebateViews(state: GeneralAssemblyCase, now: Date, only?: readonly VetoDebate[]): VetoDebateView[] {
  const overdue = new Set(overdueVetoDebates(state, now).map((d) => d.draftId));
  return (only ?? [...state.vetoDebates.values()]).map((debate) => ({
    draftId: debate.draftId,
    vetoedBy: [...debate.vetoedBy],
    status: debate.status,
    dueBy: debate.status === 'not-owed' ? null : debate.dueBy,
    heldAt: debate.status === 'held' ? debate.heldAt : null,
    sessionId: debate.status === 'superseded' ? debate.sessionId : null,
    overdue: overdue.has(debate.draftId),
  }));
}

function sessionView(state: GeneralAssemblyCase, now: Date): SessionView {
  const { session } = state;
  switch (session.status) {
    case 'none':
      return { status: 'none' };
    case 'collecting':
      return {
        status: 'collecting',
        requestId: session.requestId,
        concurrences: session.concurrences.size,
        membership: session.membership,
        majorityRequired: majorityOfMembers(session.membership),
      };
    case 'due':
      return { status: 'due', basis: session.basis, dueBy: session.dueBy, overdue: overdueSessionConvening(session, now) !== null };
    case 'open':
      return { status: 'open', sessionId: session.sessionId };
  }
}

export function generalAssemblyCaseView(caseId: string, state: GeneralAssemblyCase, revision: bigint, now: Date): GeneralAssemblyCaseView {
  return {
    caseId,
    agenda: [...state.agenda.values()].map((item) => ({ ...item, content: { ...item.content } })),
    resolutions: [...state.resolutions.values()].map((resolution) => ({
      resolutionId: resolution.resolutionId,
      title: resolution.title,
      text: resolution.text,
      importantQuestion: resolution.importantQuestion,
      peaceAndSecurityRecommendation: resolution.peaceAndSecurityRecommendation,
      status: resolution.status,
      votingRules: {
        abstentionsCountAsVoting: resolution.votingRules.abstentionsCountAsVoting,
        inArrears: [...resolution.votingRules.inArrears],
        exemptedFromArrears: [...resolution.votingRules.exemptedFromArrears],
      },
      votes: [...resolution.votes].map(([memberState, vote]) => ({ memberState, vote })),
      tally: resolution.status === 'voting' ? tally(resolution) : resolution.tally,
    })),
    session: sessionView(state, now),
    closedSessions: [...state.closedSessions],
    vetoDebates: vetoDebateViews(state, now),
    revision: revision.toString(),
  };
}
