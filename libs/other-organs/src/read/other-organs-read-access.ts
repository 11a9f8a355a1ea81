import { Actor, Audience, isAuditor, mayRead } from '@rtop/kernel';
import { OtherOrgansCase } from '../case/other-organs-case';
import { ECOSOC, HUMAN_RIGHTS_COUNCIL, LessonContributor, PEACEBUILDING_COMMISSION } from '../case/organs';

/** Each organ's records on a case, by the part of the case file that holds them. */
const RECORDS_OF: Readonly<Record<string, readonly (keyof OtherOrgansCase)[]>> = {
  [HUMAN_RIGHTS_COUNCIL]: ['reports', 'reviews'],
  [PEACEBUILDING_COMMISSION]: ['engagements'],
  [ECOSOC]: ['recommendations'],
};
const ALL_RECORDS = Object.values(RECORDS_OF).flat();

/**
 * The part of a case file the reader may read: an organ its own records only, auditors all of
 * them, anyone else nothing. The three organs share one stream per case; what one has done on a
 * case is not another's to know from here.
 */
export function otherOrgansCasePartFor(reader: Actor, state: OtherOrgansCase): OtherOrgansCase {
  const readable = new Set(isAuditor(reader) ? ALL_RECORDS : (RECORDS_OF[reader.body] ?? []));
  const part: { -readonly [Records in keyof OtherOrgansCase]: OtherOrgansCase[Records] } = { ...state };
  for (const records of ALL_RECORDS) if (!readable.has(records)) part[records] = new Map();
  return part;
}

/** An organ reads the case when it has records of its own there; auditors whenever the case is on record. */
export function mayReadOtherOrgansCase(reader: Actor, state: OtherOrgansCase): boolean {
  if (isAuditor(reader)) return true;
  const part = otherOrgansCasePartFor(reader, state);
  return (RECORDS_OF[reader.body] ?? []).some((records) => part[records].size > 0);
}

/**
 * The register across cases is for comparing how like cases went: read by the three organs, the
 * Joint Office (every lesson is addressed to it) and auditors. It is not for anyone else at all, so
 * they are refused outright rather than shown an empty register.
 */
const LESSON_READERS: readonly string[] = [HUMAN_RIGHTS_COUNCIL, PEACEBUILDING_COMMISSION, ECOSOC, 'un-joint-office'];

export const mayReadLessonsAcrossCases = (reader: Actor): boolean => isAuditor(reader) || LESSON_READERS.includes(reader.body);

/** One lesson: by the register's readers, and by its contributor (a lesson is its contributor's record, addressed to the Joint Office). */
export function mayReadLesson(reader: Actor, lesson: { readonly contributor: LessonContributor }): boolean {
  const audience: Audience = { owners: [lesson.contributor], addressedTo: ['un-joint-office'], published: false };
  return mayReadLessonsAcrossCases(reader) || mayRead(reader, audience);
}
