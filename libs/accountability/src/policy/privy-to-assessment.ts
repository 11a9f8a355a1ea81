import { Actor, UN_DEPARTMENTS, isAuditor } from '@rtop/kernel';
import { TimelineEntry } from '../timeline/timeline-entry';

/**
 * Who is privy to a case's assessment, and so may see its crimes and assessed risk in the case
 * summary: the Joint Office (its own work), the Secretary-General and its standing group once an
 * assessment reached them, and each recipient of a transmission. Auditors see it all.
 */
export const ALWAYS_PRIVY: readonly string[] = ['un-joint-office'];

/** The bodies one entry makes privy; a case's privy bodies are the union over its entries. */
export function privyBy(entry: TimelineEntry): readonly string[] {
  const reachedSecretaryGeneral =
    (entry.context === 'focal-point' && entry.type === 'assessment-issued') ||
    (entry.context === 'secretary-general' && entry.type === 'assessment-received');
  if (reachedSecretaryGeneral) return ['un-secretary-general', ...UN_DEPARTMENTS];
  if (entry.context === 'secretary-general' && entry.type === 'assessment-transmitted') {
    const recipients = (entry.data as { recipients?: unknown } | null)?.recipients;
    return Array.isArray(recipients) ? recipients.filter((r): r is string => typeof r === 'string') : [];
  }
  return [];
}

export function privyToAssessment(reader: Actor, privy: readonly string[]): boolean {
  return isAuditor(reader) || ALWAYS_PRIVY.includes(reader.body) || privy.includes(reader.body);
}
