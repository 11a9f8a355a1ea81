import { CommandEnvelope, StateConflict } from '@rtop/kernel';
import { requireContributor } from './organs';
import { OtherOrgansCase } from './other-organs-case';
import { LessonRecorded } from './other-organs-events';
import { requireText } from './text';

export interface RecordLesson extends CommandEnvelope {
  readonly type: 'record-lesson';
  readonly caseId: string;
  readonly lessonId: string;
  readonly lesson: string;
}

/**
 * Inquiries after Rwanda, Srebrenica, Sri Lanka and Myanmar found the same failures again
 * because lessons were not carried forward; each is kept on its case, under its contributor.
 */
export function recordLesson(command: RecordLesson, state: OtherOrgansCase): LessonRecorded[] {
  const contributor = requireContributor(command.actor);
  if (state.lessons.has(command.lessonId)) {
    throw new StateConflict('lesson-recorded-once', `lesson ${command.lessonId} is already on case ${command.caseId}`);
  }
  const lesson = requireText('lesson-stated', 'a lesson', command.lesson);
  return [{ type: 'lesson-recorded', data: { lessonId: command.lessonId, caseId: command.caseId, contributor, lesson } }];
}
