import { Decider } from '@rtop/kernel';
import { ReportSource, SourceReliability } from '../case/information-report';
import { SourceEvent, SourceReliabilityGraded } from './source-events';
import { GradeSource, gradeSource } from './grade-source';

export type Grading = Omit<SourceReliabilityGraded['data'], 'source'>;

/** A source across every case, known by name or, when protected, by pseudonym only. */
export type Source =
  { readonly status: 'ungraded' } | { readonly status: 'graded'; readonly source: ReportSource; readonly history: readonly Grading[] };

export type SourceCommand = GradeSource;

/** The Admiralty code's F: a source with no grading yet is one whose reliability cannot be judged. */
export function currentReliability(state: Source): SourceReliability {
  return state.status === 'graded' ? state.history[state.history.length - 1].reliability : 'F';
}

/** What a source's stream is keyed by: the pseudonym of a protected source, the name of a named one. */
export function sourceKey(source: ReportSource): string {
  return source.kind === 'protected' ? `protected-${source.pseudonym}` : `named-${source.name}`;
}

export function evolve(state: Source, event: SourceEvent): Source {
  const { source, ...grading } = event.data;
  return { status: 'graded', source, history: [...(state.status === 'graded' ? state.history : []), grading] };
}

export const sourceDecider: Decider<SourceCommand, SourceEvent, Source> = {
  decide: (command) => gradeSource(command),
  evolve,
  initialState: { status: 'ungraded' },
};
