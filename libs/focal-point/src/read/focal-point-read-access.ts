import { Actor, isAuditor } from '@rtop/kernel';

/**
 * Who may read the Joint Office's own records (docs/read-policy.md). A case file holds reports,
 * protected sources' pseudonyms and drafts not yet issued: it is the Joint Office's working file,
 * read by the office itself and by auditors, and by no organ, body or state.
 */
export const mayReadJointOfficeCase = (reader: Actor): boolean => reader.body === 'un-joint-office' || isAuditor(reader);

/** A source's reliability history is the Joint Office's judgement of its sources: the same readers as the case file. */
export const mayReadSourceReliability = (reader: Actor): boolean => reader.body === 'un-joint-office' || isAuditor(reader);
