import { InvalidCommand, MemberStateBody, isMemberStateBody, requireUnMember } from '@rtop/kernel';

/**
 * Art. 23(1) names the five permanent members; the seats it gives the Republic of China and the
 * USSR are held today by the People's Republic of China and the Russian Federation.
 */
export const PERMANENT_MEMBERS: readonly MemberStateBody[] = [
  'member-state:CHN',
  'member-state:FRA',
  'member-state:RUS',
  'member-state:GBR',
  'member-state:USA',
];
/** Art. 23(1) as amended in 1965: five permanent and ten elected members. */
export const COUNCIL_SIZE = 15;

export interface CouncilMember {
  readonly state: MemberStateBody;
  readonly permanent: boolean;
}

/**
 * The Council as it sits for one vote. Elected seats change every January, so the composition
 * is stated when a draft is put to the vote and kept with that vote, never assumed.
 */
export function checkComposition(members: readonly { readonly state: string; readonly permanent: boolean }[]): CouncilMember[] {
  if (members.length !== COUNCIL_SIZE) {
    throw new InvalidCommand('council-of-fifteen', `the Council has ${COUNCIL_SIZE} members, not ${members.length}`);
  }
  const notAState = members.find((m) => !isMemberStateBody(m.state));
  if (notAState) {
    throw new InvalidCommand('council-members-are-states', `${notAState.state} is not a member state (member-state:<ISO 3166-1 alpha-3>)`);
  }
  for (const { state } of members) requireUnMember(state, 'a seat on the Security Council (Art. 23(1))');
  const twice = members.find((m, i) => members.findIndex((n) => n.state === m.state) !== i);
  if (twice) throw new InvalidCommand('one-seat-per-state', `${twice.state} holds one seat, not two`);
  for (const member of members) {
    const permanent = PERMANENT_MEMBERS.includes(member.state as MemberStateBody);
    if (member.permanent !== permanent) {
      throw new InvalidCommand(
        'permanent-members-of-the-charter',
        `${member.state} is ${permanent ? '' : 'not '}a permanent member under Art. 23(1); the permanent members are ${PERMANENT_MEMBERS.join(', ')}`,
      );
    }
  }
  const missing = PERMANENT_MEMBERS.find((p) => !members.some((m) => m.state === p));
  if (missing) throw new InvalidCommand('permanent-members-of-the-charter', `${missing} holds a permanent seat and must be listed`);
  return members.map(({ state, permanent }) => ({ state: state as MemberStateBody, permanent }));
}
