import { CommandEnvelope, OutsideRemit, StateConflict } from '@rtop/kernel';
import { Case, requireOpened } from './case';
import { LessonLearnedNoted } from './case-events';
import { requireText } from './required-text';

/** The bodies whose lessons the other organs' record takes, and so feeds back to the Joint Office. */
export const LESSON_RECORDING_ORGANS = [
  'un-human-rights-council',
  'un-peacebuilding-commission',
  'un-ecosoc',
  'un-joint-office',
  'un-secretary-general',
] as const;

/** A lesson another organ recorded on the case, fed back to the Joint Office as it arrived. */
export interface NoteLessonLearned extends CommandEnvelope {
  readonly type: 'note-lesson-learned';
  readonly caseId: string;
  readonly lessonId: string;
  readonly contributor: string;
  readonly lesson: string;
}

/** Lessons come in after a case is closed as much as before. */
export function noteLessonLearned(command: NoteLessonLearned, state: Case): LessonLearnedNoted[] {
  if (!(LESSON_RECORDING_ORGANS as readonly string[]).includes(command.actor.body)) {
    throw new OutsideRemit('remit', `lessons are fed back by ${LESSON_RECORDING_ORGANS.join(', ')}, not ${command.actor.body}`);
  }
  const opened = requireOpened(state, command.caseId);
  if (opened.lessons.has(command.lessonId)) throw new StateConflict('lesson-noted-once', `lesson ${command.lessonId} is already noted`);
  const lesson = requireText(command.lesson, 'lesson-stated', 'the lesson');
  const contributor = requireText(command.contributor, 'lesson-stated', 'who contributed the lesson');
  return [{ type: 'lesson-learned-noted', data: { lessonId: command.lessonId, contributor, lesson } }];
}
