import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNELS, CREDIBILITY, SOURCE_RELIABILITY } from '../case/information-report';

/** An entry of a part of the case file, as the file now holds it. */
export type CaseFileEntry = Readonly<Record<string, unknown>>;

export class CaseFileReportView {
  @ApiProperty() reportId!: string;
  @ApiProperty({
    description: 'A named source by name; a protected source by pseudonym only, never its name.',
    example: { kind: 'protected', pseudonym: 'source-3f9a1c20b47e5d61' },
  })
  source!: object;
  @ApiProperty({ enum: CHANNELS }) channel!: string;
  @ApiProperty({ enum: SOURCE_RELIABILITY, description: 'The source’s reliability when the report was filed.' }) reliability!: string;
  @ApiProperty({ enum: CREDIBILITY, description: 'As filed, or as verification last set it.' }) credibility!: number;
  @ApiProperty({ type: [String], description: 'Reports from other sources that confirm this one.' }) corroboratedBy!: string[];
  @ApiProperty({ example: '2008-01-01T11:00:00Z' }) observedAt!: string;
  @ApiProperty({ example: 'Kiambaa, near Eldoret, Rift Valley' }) location!: string;
  @ApiProperty({ type: [Number], example: [8, 11] }) riskFactors!: number[];
  @ApiProperty() summary!: string;
  @ApiProperty({ enum: ['awaiting-approval', 'approved'] }) moderation!: string;
  @ApiProperty({ enum: ['unverified', 'verified'] }) verification!: string;
  @ApiProperty({ description: 'Each correction, with the fields it changed and why; the fields above read as corrected.' })
  corrections!: { corrected: object; reason: string }[];
  @ApiProperty({ type: Object, nullable: true, description: 'Why the report was withdrawn; it stays in the record.' })
  retraction!: { reason: string } | null;
}

export class CaseFileDraftView {
  @ApiProperty() assessmentId!: string;
  @ApiProperty({ description: 'The risk of each crime, with the findings per indicator and the reports they rest on.' }) risks!: object[];
  @ApiProperty({ description: 'Incitement findings under the Rabat six-part test.' }) incitement!: object[];
  @ApiPropertyOptional({ type: Object, nullable: true }) ethnicCleansing!: object | null;
  @ApiProperty() summary!: string;
  @ApiProperty() draftedBy!: string;
  @ApiProperty({ type: [String], example: ['sources-graded', 'evidence-linked', 'legal-review', 'second-reader'] })
  reviewChecklist!: string[];
  @ApiProperty({ example: [{ step: 'sources-graded', completedBy: 'adviser-1' }] }) completedSteps!: {
    step: string;
    completedBy: string;
  }[];
  @ApiProperty({ type: [String], description: 'Steps of the checklist still to do; the draft is issued once none is left.' })
  outstandingSteps!: string[];
}

export class CaseFileAssessmentView {
  @ApiProperty() assessmentId!: string;
  @ApiProperty({ example: 'sha256:9b1c…' }) contentDigest!: string;
  @ApiProperty({ format: 'date-time' }) issuedAt!: string;
}

export class CaseFileLessonView {
  @ApiProperty() lessonId!: string;
  @ApiProperty({ example: 'Peacebuilding Commission' }) contributor!: string;
  @ApiProperty() lesson!: string;
}

const NEXT = { type: String, nullable: true, description: 'Pass as `cursor` for the next page; null on the last.' } as const;

export class CaseFileReportPage {
  @ApiProperty({ type: [CaseFileReportView] }) items!: CaseFileReportView[];
  @ApiProperty(NEXT) next!: string | null;
}

export class CaseFileDraftPage {
  @ApiProperty({ type: [CaseFileDraftView] }) items!: CaseFileDraftView[];
  @ApiProperty(NEXT) next!: string | null;
}

export class CaseFileAssessmentPage {
  @ApiProperty({ type: [CaseFileAssessmentView] }) items!: CaseFileAssessmentView[];
  @ApiProperty(NEXT) next!: string | null;
}

export class CaseFileLessonPage {
  @ApiProperty({ type: [CaseFileLessonView] }) items!: CaseFileLessonView[];
  @ApiProperty(NEXT) next!: string | null;
}
