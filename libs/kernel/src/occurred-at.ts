import { CommandEnvelope } from './command-envelope';
import { RuleViolated } from './domain-error';

/** When the act happened: the command's occurredAt, else when it was received. */
export const occurredAtOf = (command: CommandEnvelope): Date => command.occurredAt ?? command.at;

/** The act's occurred time as recorded in event data. */
export const occurredIsoOf = (command: CommandEnvelope): string => occurredAtOf(command).toISOString();

/**
 * An act cannot have happened before the act it depends on (a vote before the draft was put to
 * the vote, a meeting before it was convened). `dependencyAt` is the dependency's occurred time as
 * the state holds it; unknown (an event recorded before the time was kept) means no check.
 * Refused with 422 `occurred-before-<dependency>`.
 */
export function requireOccurredNotBefore(
  command: CommandEnvelope,
  dependencyAt: string | undefined | null,
  dependency: string,
  act: string,
): void {
  if (!dependencyAt) return;
  const occurred = occurredAtOf(command);
  if (occurred.getTime() < Date.parse(dependencyAt)) {
    throw new RuleViolated(
      `occurred-before-${dependency}`,
      `${act} is stated to have happened at ${occurred.toISOString()}, before ${dependency.replace(/-/g, ' ')} (${dependencyAt})`,
    );
  }
}

/** The later of two occurred times, either possibly unknown. */
export const laterOf = (a: string | undefined, b: string | undefined): string | undefined =>
  !a ? b : !b ? a : Date.parse(a) >= Date.parse(b) ? a : b;
