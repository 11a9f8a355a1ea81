import { Actor, OutsideRemit } from '@rtop/kernel';

export const HUMAN_RIGHTS_COUNCIL = 'un-human-rights-council';
export const PEACEBUILDING_COMMISSION = 'un-peacebuilding-commission';
export const ECOSOC = 'un-ecosoc';

/**
 * Who records lessons learned on a case: the preventive and rebuilding organs, and the Joint
 * Office and the Secretary-General, whose own practice the lessons are meant to change.
 */
export const LESSON_CONTRIBUTORS = [
  HUMAN_RIGHTS_COUNCIL,
  PEACEBUILDING_COMMISSION,
  ECOSOC,
  'un-joint-office',
  'un-secretary-general',
] as const;
export type LessonContributor = (typeof LESSON_CONTRIBUTORS)[number];

export function requireContributor(actor: Actor): LessonContributor {
  const body = actor.body;
  if (!(LESSON_CONTRIBUTORS as readonly string[]).includes(body)) {
    throw new OutsideRemit(
      'remit',
      `recording a lesson learned is within the remit of ${LESSON_CONTRIBUTORS.join(', ')} only; ${body} may not do it`,
    );
  }
  return body as LessonContributor;
}
