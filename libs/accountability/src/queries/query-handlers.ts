import { ListCasesHandler } from './list-cases.query';
import { ReadAgendaHandler } from './read-agenda.query';
import { ReadCaseFiguresHandler } from './read-case-figures.query';
import { ReadCaseKnowledgeHandler } from './read-case-knowledge.query';
import { ReadCaseTimelineHandler } from './read-case-timeline.query';
import { ReadConsistencyReportHandler } from './read-consistency-report.query';
import { ReadFiguresAcrossCasesHandler } from './read-figures-across-cases.query';
import { ReadLessonsHandler } from './read-lessons.query';
import { ReadTimelinePageHandler } from './read-timeline-page.query';

/** Every read of the accountability context, each answered from its read models. */
export const ACCOUNTABILITY_QUERY_HANDLERS = [
  ListCasesHandler,
  ReadAgendaHandler,
  ReadCaseTimelineHandler,
  ReadCaseKnowledgeHandler,
  ReadCaseFiguresHandler,
  ReadFiguresAcrossCasesHandler,
  ReadConsistencyReportHandler,
  ReadLessonsHandler,
  ReadTimelinePageHandler,
];
