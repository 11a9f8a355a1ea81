import { Actor, UN_DEPARTMENTS } from '@rtop/kernel';
import { day, entry } from '../replay/timeline.fixtures';
import { ALWAYS_PRIVY, privyBy, privyToAssessment } from './privy-to-assessment';

const reader = (body: string, role = 'officer'): Actor => ({ body, person: 'p', role }) as Actor;
const privyAfter = (...entries: ReturnType<typeof entry>[]) => [...new Set([...ALWAYS_PRIVY, ...entries.flatMap(privyBy)])];

describe('who is privy to a case’s assessment', () => {
  it('is the Joint Office alone before an assessment leaves it', () => {
    const privy = privyAfter(entry('focal-point', 'case-opened', day(0)));
    expect(privyToAssessment(reader('un-joint-office'), privy)).toBe(true);
    expect(privyToAssessment(reader('un-secretary-general'), privy)).toBe(false);
  });

  it('takes in the Secretary-General and the standing group once an assessment is issued or received', () => {
    for (const reached of [entry('focal-point', 'assessment-issued', day(1)), entry('secretary-general', 'assessment-received', day(1))]) {
      const privy = privyAfter(reached);
      for (const body of ['un-secretary-general', ...UN_DEPARTMENTS]) expect(privyToAssessment(reader(body), privy)).toBe(true);
    }
  });

  it('takes in the recipients of a transmission, and only them among the organs', () => {
    const privy = privyAfter(entry('secretary-general', 'assessment-transmitted', day(2), { recipients: ['au-psc'] }));
    expect(privyToAssessment(reader('au-psc'), privy)).toBe(true);
    expect(privyToAssessment(reader('un-security-council'), privy)).toBe(false);
    expect(privyToAssessment(reader('member-state:KEN'), privy)).toBe(false);
  });

  it('always includes auditors', () => {
    expect(privyToAssessment(reader('member-state:KEN', 'auditor'), [])).toBe(true);
  });
});
