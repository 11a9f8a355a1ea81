import { Actor, Audience, mayRead } from '@rtop/kernel';

/**
 * The Council's file on a case (its agenda, drafts, votes and the sessions it knows of) is its own
 * record. Its public acts (a veto, an adopted decision) reach everyone through the accountability
 * timeline; the file itself is read by the Council and by auditors only.
 */
const COUNCIL_CASE_FILE: Audience = { owners: ['un-security-council'], addressedTo: [], published: false };

export const mayReadCouncilCase = (reader: Actor): boolean => mayRead(reader, COUNCIL_CASE_FILE);
