import { Actor, Audience, mayRead } from '@rtop/kernel';

/**
 * The Assembly's file on a case (what is before it, its drafts and votes, its sessions, the veto
 * debates it owes) is its own record. Its public acts (resolutions, veto debates held) reach
 * everyone through the accountability timeline; the file itself is read by the Assembly and auditors.
 */
const ASSEMBLY_CASE_FILE: Audience = { owners: ['un-general-assembly'], addressedTo: [], published: false };

export const mayReadAssemblyCase = (reader: Actor): boolean => mayRead(reader, ASSEMBLY_CASE_FILE);
