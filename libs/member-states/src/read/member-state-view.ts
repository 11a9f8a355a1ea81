import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ASSISTANCE_KINDS, Consent } from '../case/assistance';
import { MemberStatesCase } from '../case/member-states-case';
import { POSTURES, POSTURE_ASSESSORS } from '../case/posture';

export class DeclaredPostureView {
  @ApiProperty({ enum: POSTURES }) posture!: string;
  @ApiProperty({ type: [String] }) reasons!: readonly string[];
  @ApiProperty({ format: 'date-time' }) declaredAt!: string;
}

export class AssessedPostureView {
  @ApiProperty({ enum: POSTURES }) posture!: string;
  @ApiProperty({ type: [String] }) reasons!: readonly string[];
  @ApiProperty({ enum: POSTURE_ASSESSORS }) assessedBy!: string;
  @ApiProperty({ format: 'date-time' }) assessedAt!: string;
}

export class AssistanceRequestView {
  @ApiProperty() requestId!: string;
  @ApiProperty({ enum: ASSISTANCE_KINDS, isArray: true }) kinds!: readonly string[];
  @ApiProperty() description!: string;
}

export class ConsentView {
  @ApiProperty() consentId!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The request the offer answered; null for assistance offered unprompted.' })
  requestId!: string | null;
  @ApiProperty() offeredBy!: string;
  @ApiProperty({ enum: ASSISTANCE_KINDS, isArray: true }) kinds!: readonly string[];
  @ApiProperty() description!: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the state gave its consent, where it said.' }) consentedAt?: string;
  @ApiProperty({ enum: ['given', 'withdrawn'] }) status!: string;
  @ApiPropertyOptional({ description: 'Why consent was withdrawn; present once it is.' }) reason?: string;
}

export class MemberStateView {
  @ApiProperty({ example: 'KEN', description: 'ISO 3166-1 alpha-3.' }) state!: string;
  @ApiProperty({ type: [DeclaredPostureView], description: 'What the state itself declared, oldest first.' })
  declared!: DeclaredPostureView[];
  @ApiProperty({
    type: [AssessedPostureView],
    description: 'How the Joint Office and the Secretary-General assessed it, oldest first. Kept apart from the declaration.',
  })
  assessed!: AssessedPostureView[];
  @ApiProperty({ type: [AssistanceRequestView] }) requests!: AssistanceRequestView[];
  @ApiProperty({ type: [ConsentView], description: 'Consents given, each with its status: a withdrawn consent stays on the record.' })
  consents!: ConsentView[];
}

export class MemberStatesCaseView {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: [MemberStateView] }) states!: MemberStateView[];
  @ApiProperty({ description: 'The stream revision; send it back as If-Match.' }) revision!: string;
}

/** Every state with anything on the case record, in code order. */
export function statesOnRecord(state: MemberStatesCase): string[] {
  const codes = new Set([
    ...state.declared.keys(),
    ...state.assessed.keys(),
    ...[...state.requests.values()].map((r) => r.state),
    ...[...state.consents.values()].map((c) => c.state),
  ]);
  return [...codes].sort();
}

export function memberStatesCaseView(caseId: string, state: MemberStatesCase, revision: bigint): MemberStatesCaseView {
  return { caseId, states: statesOnRecord(state).map((code) => memberStateView(code, state)), revision: revision.toString() };
}

export function memberStateView(code: string, state: MemberStatesCase): MemberStateView {
  return {
    state: code,
    declared: [...(state.declared.get(code) ?? [])],
    assessed: [...(state.assessed.get(code) ?? [])],
    requests: [...state.requests.values()]
      .filter((r) => r.state === code)
      .map(({ requestId, kinds, description }) => ({ requestId, kinds, description })),
    consents: [...state.consents.values()].filter((c) => c.state === code).map(consentView),
  };
}

function consentView(consent: Consent): ConsentView {
  const { consentId, requestId, offeredBy, kinds, description, consentedAt, status } = consent;
  const terms = { consentId, requestId, offeredBy, kinds, description, consentedAt, status };
  return consent.status === 'withdrawn' ? { ...terms, reason: consent.reason } : terms;
}
