import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AgendaItem, CouncilCase } from '../case/council-case';
import { CouncilMember } from '../case/composition';
import { Draft, Outcome, Proposal, VOTES, Vote } from '../case/draft';

export class CouncilMemberView {
  @ApiProperty({ example: 'member-state:FRA' }) state!: string;
  @ApiProperty() permanent!: boolean;
}

export class VoteView {
  @ApiProperty({ example: 'member-state:FRA' }) member!: string;
  @ApiProperty({ enum: VOTES }) vote!: Vote;
}

export class CouncilDraftView {
  @ApiProperty() draftId!: string;
  @ApiProperty({ enum: ['tabled', 'classified', 'under-vote', 'decided'] }) status!: Draft['status'];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'kind resolution (title, chapter, measures, authorisedBodies, manifestFailureDetermined, credibleAtrocityPrevention, partiesToDispute, underArticle52Paragraph3) or kind emergency-special-session-request (title): a Uniting for Peace call.',
  })
  proposal!: Proposal;
  @ApiPropertyOptional({ description: 'The Council’s classification, once decided.' }) procedural?: boolean;
  @ApiPropertyOptional({ type: [CouncilMemberView], description: 'The fifteen members that sat for the vote.' }) members?: CouncilMember[];
  @ApiProperty({ type: [VoteView], description: 'Votes recorded so far, in the order of the members.' }) votes!: VoteView[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description:
      'Once decided: kind adopted; kind failed (affirmativeVotes); or kind vetoed (vetoedBy, vetoDebateDueBy: the instant the Assembly’s veto debate is due by under res. 76/262, the end of the tenth working day in New York; null while an emergency special session on the situation is open).',
  })
  outcome?: Outcome;
}

export class CouncilCaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: true },
    description:
      'In the order they arrived: basis assessment (assessmentId, transmissionId, contentDigest) for an assessment the Secretary-General transmitted to the Council; basis article-99 (notificationId, summary) for an Art. 99 notification; basis council (reason) for a situation the Council took up itself.',
  })
  agenda!: AgendaItem[];
  @ApiProperty({ type: [CouncilDraftView] }) drafts!: CouncilDraftView[];
  @ApiProperty({
    type: [String],
    description: 'Emergency special sessions of the Assembly on this situation, as the Assembly reported them, still open.',
  })
  openEmergencySessions!: string[];
  @ApiProperty({ description: 'The stream revision; send it back as If-Match.' }) revision!: string;
}

export function draftView(draft: Draft): CouncilDraftView {
  const base = { draftId: draft.draftId, status: draft.status, proposal: draft.proposal };
  switch (draft.status) {
    case 'tabled':
      return { ...base, votes: [] };
    case 'classified':
      return { ...base, procedural: draft.procedural, votes: [] };
    case 'under-vote':
    case 'decided': {
      const votes = draft.members.flatMap((m) => {
        const vote = draft.votes.get(m.state);
        return vote ? [{ member: m.state, vote }] : [];
      });
      const outcome = draft.status === 'decided' ? { outcome: draft.outcome } : {};
      return { ...base, procedural: draft.procedural, members: [...draft.members], votes, ...outcome };
    }
  }
}

export function councilCaseView(caseId: string, state: CouncilCase, revision: bigint): CouncilCaseView {
  return {
    caseId,
    agenda: [...state.agenda],
    drafts: [...state.drafts.values()].map(draftView),
    openEmergencySessions: [...state.openEmergencySessions],
    revision: revision.toString(),
  };
}
