/**
 * A report's observedAt is when what it reports happened: its occurred time. One observed after
 * the report is entered is no occurred time; the decider refuses it (observed-before-filed).
 */
export const occurredAtOfObservation = (observedAt: string, at: Date): { occurredAt: Date | undefined } => {
  const observed = new Date(observedAt);
  return { occurredAt: Number.isNaN(observed.getTime()) || observed > at ? undefined : observed };
};
