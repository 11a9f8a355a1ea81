import { randomUUID } from 'node:crypto';
import { Body } from '@rtop/kernel';
import { eventually } from '@rtop/testing';
import { Standalone, startStandalone } from './standalone-harness';

/** One write of each context on a case, as the body whose act it is. */
const WRITES: readonly { readonly as: Body; readonly path: (caseId: string) => string; readonly body: object }[] = [
  {
    as: 'un-secretary-general',
    path: (c) => `/secretary-general/cases/${c}/article-99-notifications`,
    body: { summary: 'A threat to international peace and security' },
  },
  {
    as: 'un-secretary-general',
    path: (c) => `/secretary-general/cases/${c}/good-offices`,
    body: { parties: ['member-state:KEN'], mandate: 'Mediation between the parties' },
  },
  {
    as: 'un-secretary-general',
    path: (c) => `/secretary-general/cases/${c}/standing-group`,
    body: { findingId: 'finding-1', members: ['un-dpa', 'un-ohchr'] },
  },
  {
    as: 'un-secretary-general',
    path: (c) => `/secretary-general/cases/${c}/responses/measures`,
    body: {
      pillar: 'II',
      coercive: false,
      description: 'Mediation support',
      authorisation: { kind: 'state-request-or-consent', state: 'KEN', requestOrConsentId: 'request-1' },
      implementingBody: 'un-undp',
    },
  },
  {
    as: 'un-security-council',
    path: (c) => `/security-council/cases/${c}/drafts`,
    body: {
      title: 'The situation',
      chapter: 'VI',
      measures: [],
      authorisedBodies: [],
      manifestFailureDetermined: false,
      credibleAtrocityPrevention: false,
      partiesToDispute: [],
    },
  },
  {
    as: 'un-security-council',
    path: (c) => `/security-council/cases/${c}/emergency-special-session-requests`,
    body: { title: 'Uniting for Peace' },
  },
  { as: 'un-security-council', path: (c) => `/security-council/cases/${c}/take-up`, body: { reason: 'Art. 35' } },
  { as: 'un-general-assembly', path: (c) => `/general-assembly/cases/${c}/take-up`, body: { reason: 'Art. 11(2)' } },
  { as: 'member-state:KEN', path: (c) => `/general-assembly/cases/${c}/emergency-special-session-requests`, body: {} },
  {
    as: 'au-psc',
    path: (c) => `/regional-bodies/au-psc/cases/${c}/drafts`,
    body: { title: 'Preventive decision', text: 'Deploys a panel', matter: 'substantive', coercive: false, parties: [] },
  },
  {
    as: 'igad',
    path: (c) => `/regional-bodies/igad/cases/${c}/early-warning-reports`,
    body: {
      summary: 'Cattle raids',
      indicators: [{ kind: 'conflict', category: 'armed-violence', description: 'Raids' }],
      observedAt: '2008-01-01T00:00:00Z',
      location: 'Turkana',
    },
  },
  {
    as: 'member-state:KEN',
    path: (c) => `/member-states/cases/${c}/states/KEN/declared-postures`,
    body: { posture: 'willing-but-unable', reasons: ['Police overwhelmed'] },
  },
  {
    as: 'member-state:KEN',
    path: (c) => `/member-states/cases/${c}/states/KEN/assistance-requests`,
    body: { kinds: ['mediation'], description: 'Mediation' },
  },
  {
    as: 'un-human-rights-council',
    path: (c) => `/other-organs/cases/${c}/human-rights-council/reports`,
    body: { kind: 'fact-finding-mission', title: 'Kenya', summary: 'Findings' },
  },
  {
    as: 'un-peacebuilding-commission',
    path: (c) => `/other-organs/cases/${c}/peacebuilding-commission/engagements`,
    body: { state: 'KEN', priorities: ['Reconciliation'] },
  },
  {
    as: 'un-ecosoc',
    path: (c) => `/other-organs/cases/${c}/ecosoc/recommendations`,
    body: { addressees: ['member-states'], text: 'Humanitarian access' },
  },
  { as: 'un-peacebuilding-commission', path: (c) => `/other-organs/cases/${c}/lessons`, body: { lesson: 'Mediate early' } },
];

describe('a case exists before anyone acts on it, standalone on pglite', () => {
  let rtop: Standalone;
  beforeAll(async () => {
    rtop = await startStandalone('pglite');
  }, 60_000);
  afterAll(async () => {
    await rtop.stop();
  });

  it('given a case id the Joint Office never opened, when any context is asked to act on it, then 404 case-exists and nothing is written', async () => {
    const never = randomUUID();
    const before = await rtop.settledEventCount();
    const answers = [];
    for (const write of WRITES) {
      const refused = await rtop.as(write.as).post(write.path(never), write.body);
      answers.push({ path: write.path(never), status: refused.status, rule: refused.body?.rule });
    }
    // A malformed body would be refused 400 before the case is looked at: each write here is well formed.
    expect(answers).toEqual(WRITES.map((write) => ({ path: write.path(never), status: 404, rule: 'case-exists' })));
    expect(await rtop.settledEventCount()).toBe(before);
    expect((await rtop.as('un-joint-office', 'x', 'auditor').get(`/cases/${never}/timeline`)).status).toBe(404);
  });

  it('given a case the Joint Office opened, when the Council is asked to decide on it before it is on its agenda, then 404; once it takes the case up, it decides', async () => {
    const opened = await rtop.as('un-joint-office').post('/cases', {
      situation: 'Kenya, post-election violence',
      summary: 'Violence after the disputed election',
      crimes: [{ crime: 'crimes-against-humanity' }],
    });
    expect(opened.status).toBe(201);
    const caseId: string = opened.body.caseId;
    const council = rtop.as('un-security-council');
    const draft = WRITES[4].body;

    // Known to the Council once its reaction notes the case: taking it up is then the Council's own act.
    await eventually(async () =>
      expect((await council.post(`/security-council/cases/${caseId}/take-up`, { reason: 'Art. 35' })).status).toBe(201),
    );
    expect((await council.post(`/security-council/cases/${caseId}/take-up`, { reason: 'again' })).body.rule).toBe(
      'situation-taken-up-once',
    );
    expect((await council.post(`/security-council/cases/${caseId}/drafts`, draft)).status).toBe(201);

    // Known to the AU PSC is not before it: the PSC cannot decide on a case never placed before it.
    const psc = await rtop.as('au-psc').post(`/regional-bodies/au-psc/cases/${caseId}/drafts`, WRITES[9].body);
    expect(psc).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
    // Nor does a case merely known show in the Assembly's or a regional body's reads.
    expect((await rtop.as('un-general-assembly').get(`/general-assembly/cases/${caseId}`)).status).toBe(404);
    expect((await rtop.as('au-psc').get(`/regional-bodies/au-psc/cases/${caseId}`)).status).toBe(404);
    // A state declares its posture on a case that exists.
    expect(
      (await rtop.as('member-state:KEN').post(`/member-states/cases/${caseId}/states/KEN/declared-postures`, WRITES[11].body)).status,
    ).toBe(201);
  });
});
