import { CommandEnvelope, InvalidCommand, StateConflict, parseCrime, requireBody } from '@rtop/kernel';
import { Case } from './case';
import { CaseOpened } from './case-events';

export interface OpenCase extends CommandEnvelope {
  readonly type: 'open-case';
  readonly caseId: string;
  readonly situation: string;
  /** As asked for: anything outside the four crimes is refused here. */
  readonly crimes: readonly { readonly crime: string; readonly incitement?: boolean }[];
  readonly summary: string;
}

export function openCase(command: OpenCase, state: Case): CaseOpened[] {
  requireBody(command.actor, 'un-joint-office', 'opening a case');
  if (state.status !== 'not-opened') {
    throw new StateConflict('case-opened-once', `case ${command.caseId} is already open`);
  }
  if (!command.crimes.length) {
    throw new InvalidCommand('scope-of-the-responsibility-to-protect', 'a case concerns at least one of the four atrocity crimes');
  }
  const crimes = command.crimes.map(({ crime, incitement }) => ({ crime: parseCrime(crime), incitement: incitement ?? false }));
  const repeated = crimes.find((c, i) => crimes.findIndex((d) => d.crime === c.crime) !== i);
  if (repeated) throw new InvalidCommand('crimes-listed-once', `${repeated.crime} is listed twice`);
  return [
    {
      type: 'case-opened',
      data: {
        caseId: command.caseId,
        situation: command.situation,
        crimes,
        summary: command.summary,
      },
    },
  ];
}
