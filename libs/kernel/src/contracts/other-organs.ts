import { z } from 'zod';
import { DataOf, publishedEvent } from './contract';

/** What other-organs publishes for other contexts. */

export const LESSON_RECORDED = publishedEvent(
  'other-organs',
  'lesson-recorded',
  z.object({ lessonId: z.string(), caseId: z.string(), contributor: z.string(), lesson: z.string() }),
);
export type LessonRecordedV1 = DataOf<typeof LESSON_RECORDED>;

export const OTHER_ORGANS_CONTRACTS = [LESSON_RECORDED] as const;
