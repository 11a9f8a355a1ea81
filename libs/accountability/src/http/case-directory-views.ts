import { ApiProperty } from '@nestjs/swagger';
import { CRIMES } from '@rtop/kernel';
import { RISK_LEVELS } from '../figures/case-figures';
import { AGENDA_KINDS } from '../read-side/agenda-items';
import { CASE_STATUSES } from '../read-side/case-summary';

/** The shapes of `GET /cases` and `GET /agenda`, for the OpenAPI document. */

export class AccountabilityPlacedBeforeView {
  @ApiProperty({ example: 'au-psc' }) body!: string;
  @ApiProperty({ format: 'date-time' }) placedAt!: string;
  @ApiProperty({ description: 'The body took a decision after the latest placement.' }) decided!: boolean;
}

export class AccountabilityCaseListItemView {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ nullable: true, type: String }) situation!: string | null;
  @ApiProperty({ nullable: true, enum: CRIMES, isArray: true, description: 'Null unless the reader is privy to the assessment.' }) crimes!:
    string[] | null;
  @ApiProperty({ enum: CASE_STATUSES }) status!: string;
  @ApiProperty({
    nullable: true,
    enum: RISK_LEVELS,
    description: 'The latest assessment’s highest level; null unless the reader is privy to it.',
  })
  highestRisk!: string | null;
  @ApiProperty({ format: 'date-time' }) lastActivityAt!: string;
  @ApiProperty({ type: [AccountabilityPlacedBeforeView] }) placedBefore!: AccountabilityPlacedBeforeView[];
  @ApiProperty({ example: 'unassigned' }) region!: string;
}

export class AccountabilityCaseListView {
  @ApiProperty({ type: [AccountabilityCaseListItemView] }) items!: AccountabilityCaseListItemView[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last.' }) next!: string | null;
}

export class AccountabilityAgendaItemView {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ nullable: true, type: String }) situation!: string | null;
  @ApiProperty({ enum: AGENDA_KINDS }) kind!: string;
  @ApiProperty({ description: 'What is awaited: a transmission, notification or assessment; `standing-group-meeting`; a vetoed draft.' })
  ref!: string;
  @ApiProperty({ format: 'date-time' }) since!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) dueBy!: string | null;
  @ApiProperty({ description: 'Milliseconds since `since`, at the time of the read.' }) waitingMs!: number;
  @ApiProperty({ description: 'dueBy has passed at the time of the read.' }) overdue!: boolean;
}

export class AccountabilityAgendaView {
  @ApiProperty({ type: [AccountabilityAgendaItemView] }) items!: AccountabilityAgendaItemView[];
  @ApiProperty({ nullable: true, type: String }) next!: string | null;
}
