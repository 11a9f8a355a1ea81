import { Actor, UN_DEPARTMENTS, isAuditor } from '@rtop/kernel';

/**
 * The Secretary-General's records are read by the Secretary-General, by the departments that sit
 * on its standing group, and by auditors (docs/read-policy.md). What went from them to an organ,
 * a regional body or a state reaches that reader by its own context's record, not this one.
 */
const sitsWithTheSecretaryGeneral = (reader: Actor): boolean =>
  reader.body === 'un-secretary-general' || (UN_DEPARTMENTS as readonly string[]).includes(reader.body) || isAuditor(reader);

/** The case record: assessments as received, Art. 99, good offices, recommendations, findings, the standing group. */
export const mayReadSecretaryGeneralCase = (reader: Actor): boolean => sitsWithTheSecretaryGeneral(reader);

/** The responses: measures and the decisions noted for them. */
export const mayReadResponses = (reader: Actor): boolean => sitsWithTheSecretaryGeneral(reader);

/** The read policy of every Secretary-General GET, as the API docs show it (`x-read-policy`). */
export const SECRETARY_GENERAL_READ_POLICY =
  'Secretary-General, the standing group (DPA, DPKO, OCHA, OHCHR, UNDP, UNHCR, UNICEF), auditors. To any other reader the case answers 404 (case-exists).';
