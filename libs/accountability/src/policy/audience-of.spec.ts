import { Actor, UN_DEPARTMENTS, mayRead } from '@rtop/kernel';
import { day, entry } from '../replay/timeline.fixtures';
import { audienceOf } from './audience-of';

const at = day(1);
const reader = (body: string, role = 'officer'): Actor => ({ body, person: 'p', role }) as Actor;

describe('the audience of a timeline entry', () => {
  it('gives the Joint Office its own work, sending an issued assessment to the Secretary-General and no further', () => {
    expect(audienceOf(entry('focal-point', 'case-opened', at, { situation: 'S' }))).toEqual({
      owners: ['un-joint-office'],
      addressedTo: [],
      published: false,
    });
    expect(audienceOf(entry('focal-point', 'assessment-issued', at, { content: {} }))).toEqual({
      owners: ['un-joint-office'],
      addressedTo: ['un-secretary-general'],
      published: false,
    });
  });

  it('addresses a noted regional report to the body that submitted it, and a noted lesson to its contributor', () => {
    expect(audienceOf(entry('focal-point', 'early-warning-report-noted', at, { submittedBy: 'igad' })).addressedTo).toEqual(['igad']);
    expect(audienceOf(entry('focal-point', 'lesson-learned-noted', at, { contributor: 'un-ecosoc' })).addressedTo).toEqual(['un-ecosoc']);
  });

  it('gives the Secretary-General’s records to it and its standing group, a transmission to its recipients, Art. 99 to the Council and the public', () => {
    const sent = audienceOf(entry('secretary-general', 'assessment-transmitted', at, { recipients: ['un-security-council', 'au-psc'] }));
    expect(sent).toEqual({
      owners: ['un-secretary-general', ...UN_DEPARTMENTS],
      addressedTo: ['un-security-council', 'au-psc'],
      published: false,
    });
    expect(audienceOf(entry('secretary-general', 'article-99-notification-sent', at, { notificationId: 'N' }))).toMatchObject({
      addressedTo: ['un-security-council'],
      published: true,
    });
    expect(audienceOf(entry('secretary-general', 'good-offices-offered', at, { parties: ['member-state:KEN'] })).addressedTo).toEqual([
      'member-state:KEN',
    ]);
    expect(audienceOf(entry('secretary-general', 'recommendation-made', at, { recipient: 'un-general-assembly' })).addressedTo).toEqual([
      'un-general-assembly',
    ]);
  });

  it('publishes the Council’s public acts and addresses a decision to the bodies it authorises', () => {
    const decided = audienceOf(entry('security-council', 'council-decision-adopted', at, { authorisedBodies: ['au-psc'] }));
    expect(decided).toEqual({ owners: ['un-security-council'], addressedTo: ['au-psc'], published: true });
    for (const type of ['draft-vetoed', 'draft-failed', 'vote-closed', 'pledge-breached', 'emergency-special-session-requested']) {
      expect(audienceOf(entry('security-council', type, at)).published).toBe(true);
    }
    expect(audienceOf(entry('security-council', 'draft-tabled', at)).published).toBe(false);
  });

  it('counts the acting body among the owners: the Secretary-General placing an assessment on the Council’s agenda, a state its own vote', () => {
    expect(audienceOf(entry('security-council', 'assessment-placed-on-agenda', at, {}, { actor: 'un-secretary-general' })).owners).toEqual([
      'un-security-council',
      'un-secretary-general',
    ]);
    const vote = audienceOf(
      entry('general-assembly', 'vote-recorded', at, { memberState: 'member-state:BRA' }, { actor: 'member-state:BRA' }),
    );
    expect(vote.owners).toContain('member-state:BRA');
    expect(mayRead(reader('member-state:BRA'), vote)).toBe(true);
    expect(mayRead(reader('member-state:ARG'), vote)).toBe(false);
  });

  it('publishes the Assembly’s resolutions and veto debates but not its note of a veto', () => {
    expect(audienceOf(entry('general-assembly', 'resolution-adopted', at)).published).toBe(true);
    expect(audienceOf(entry('general-assembly', 'veto-debate-held', at)).published).toBe(true);
    expect(audienceOf(entry('general-assembly', 'veto-noted', at))).toEqual({
      owners: ['un-general-assembly'],
      addressedTo: [],
      published: false,
    });
  });

  it('gives a regional body the events that name it, its decisions to the Council (Art. 54) and the public, its reports to the Joint Office', () => {
    expect(audienceOf(entry('regional-bodies', 'draft-decision-tabled', at, { body: 'au-psc' }, { actor: 'au-psc' }))).toEqual({
      owners: ['au-psc'],
      addressedTo: [],
      published: false,
    });
    expect(audienceOf(entry('regional-bodies', 'regional-decision-adopted', at, { body: 'au-psc' }))).toMatchObject({
      addressedTo: ['un-security-council'],
      published: true,
    });
    expect(audienceOf(entry('regional-bodies', 'early-warning-report-submitted', at, {}, { actor: 'igad' })).addressedTo).toEqual([
      'un-joint-office',
    ]);
  });

  it('gives a state the events that name it by its ISO code, its requests to the Secretary-General, its posture to the public', () => {
    expect(audienceOf(entry('member-states', 'posture-declared', at, { state: 'MMR' }))).toEqual({
      owners: ['member-state:MMR'],
      addressedTo: [],
      published: true,
    });
    const request = audienceOf(entry('member-states', 'assistance-requested', at, { state: 'KEN' }, { actor: 'member-state:KEN' }));
    expect(request).toEqual({ owners: ['member-state:KEN'], addressedTo: ['un-secretary-general'], published: false });
  });

  it('gives each other organ its own records, a lesson to the Joint Office, and publishes reports and ECOSOC’s recommendations', () => {
    expect(audienceOf(entry('other-organs', 'lesson-recorded', at, { contributor: 'un-peacebuilding-commission' }))).toEqual({
      owners: ['un-peacebuilding-commission'],
      addressedTo: ['un-joint-office'],
      published: false,
    });
    expect(audienceOf(entry('other-organs', 'human-rights-report-published', at, {}, { actor: 'un-human-rights-council' }))).toEqual({
      owners: ['un-human-rights-council'],
      addressedTo: [],
      published: true,
    });
    expect(audienceOf(entry('other-organs', 'ecosoc-recommendation-made', at, {}, { actor: 'un-ecosoc' })).published).toBe(true);
  });

  it('leaves a state nothing of the Joint Office’s work, and an auditor everything', () => {
    const opened = audienceOf(entry('focal-point', 'case-opened', at));
    expect(mayRead(reader('member-state:KEN'), opened)).toBe(false);
    expect(mayRead(reader('member-state:KEN', 'auditor'), opened)).toBe(true);
  });
});
