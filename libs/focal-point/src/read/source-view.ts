import { ApiProperty } from '@nestjs/swagger';
import { ReportSource, SOURCE_RELIABILITY } from '../case/information-report';
import { Source, currentReliability } from '../source/source';

export class SourceGradingView {
  @ApiProperty({ enum: SOURCE_RELIABILITY }) reliability!: string;
  @ApiProperty() reason!: string;
  @ApiProperty() gradedAt!: string;
  @ApiProperty({ description: 'The case in whose work the grading was made.' }) caseId!: string;
}

export class SourceReliabilityView {
  @ApiProperty({ description: 'The source: a protected source by pseudonym only.' }) source!: ReportSource;
  @ApiProperty({ enum: SOURCE_RELIABILITY, description: 'The latest grading; F (cannot be judged) when the source was never graded.' })
  current!: string;
  @ApiProperty({ type: [SourceGradingView], description: 'Every grading, oldest first.' }) history!: SourceGradingView[];
  @ApiProperty({ description: 'The source stream’s revision.' }) revision!: string;
}

export function sourceReliabilityView(source: ReportSource, state: Source, revision: bigint): SourceReliabilityView {
  return {
    source,
    current: currentReliability(state),
    history: state.status === 'graded' ? [...state.history] : [],
    revision: revision.toString(),
  };
}
