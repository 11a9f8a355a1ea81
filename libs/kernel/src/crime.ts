import { InvalidCommand } from './domain-error';

/** The four atrocity crimes: the only matters that may open a case (2005 World Summit, para 138). */
export const CRIMES = ['genocide', 'war-crimes', 'ethnic-cleansing', 'crimes-against-humanity'] as const;
export type Crime = (typeof CRIMES)[number];

export function isCrime(value: string): value is Crime {
  return (CRIMES as readonly string[]).includes(value);
}

export function parseCrime(value: string): Crime {
  if (!isCrime(value)) {
    throw new InvalidCommand(
      'scope-of-the-responsibility-to-protect',
      `'${value}' is outside the Responsibility to Protect: a case concerns only ${CRIMES.join(', ')} (and their incitement)`,
    );
  }
  return value;
}
