import { Body } from '@rtop/kernel';
import {
  ASSEMBLY_CASE,
  ASSESSMENT_DRAFTED,
  ASSESSMENT_ISSUED,
  ASSESSMENT_RECEIVED,
  BODY_CASE,
  CASE_OPENED,
  CONSENT_GIVEN,
  COUNCIL_CASE,
  DRAFT_TABLED,
  DRAFT_VETOED,
  EARLY_WARNING_SUBMITTED,
  EVENTS_RECORDED,
  FINDING_MADE,
  GOOD_OFFICES_OFFERED,
  JOINT_OFFICE_LESSONS,
  JOINT_OFFICE_REPORTS,
  LESSON_RECORDED,
  MEASURE_REGISTERED,
  MEETING_HELD,
  OPTION_TABLED,
  PROTECTED_SOURCE,
  REGIONAL_DECISION_ADOPTED,
  REPORT_FILED,
  RESPONSES,
  TIMELINE_PAGE,
  VETO_DEBATE_HELD,
  VOTE_CLOSED,
  eventData,
} from './answers';
import { HttpClient, Rtop, expectAnswer, expectStatus, read, waitFor } from './http';

/**
 * The 2007–08 post-election crisis in Kenya, as the source reports describe it: the first crisis the
 * UN and regional actors read, in part, as a matter of the Responsibility to Protect, where the
 * African Union acted before the United Nations and the AU's eminent persons performed well in the
 * mediation (Wilton Park, 2008; the 2008 RtoP conference report).
 *
 * Two parts are not history and are said to be so as they play: the Security Council draft and its
 * veto, and the General Assembly's veto debate (the issue asks the scenario to show both). The
 * Council took no such vote on Kenya. A few details the sources do not give (the CEWARN report, the
 * liaison envoy) are marked illustrative.
 *
 * Every event is recorded when the scenario runs (its recorded time), and the acts that happened in
 * 2007–08 — the observations reported, the AU's decision, Kenya's declarations, the standing group's
 * meetings — carry the day they happened (`occurredAt`; a report's `observedAt`), so the timeline
 * read `by=occurred` replays the crisis on its own calendar. The fictional Council vote and
 * Assembly debate, and the acts of the system itself (the assessment, its transmission), are dated
 * when the scenario runs.
 */

/**
 * When the acts the scenario enters happened. Where the sources give no day for the act as the
 * scenario plays it, the day is the nearest one they give, and is marked illustrative.
 */
export const KENYA_2008_DATES = {
  /** The AU's decision to send the Panel of Eminent African Personalities under Kofi Annan, agreed during AU Chairman Kufuor's visit (8–10 January 2008). */
  auDecision: '2008-01-10T12:00:00Z',
  /** Illustrative: the Government's statements in the first days of January that the security forces were restoring order. */
  kenyaPosture: '2008-01-03T12:00:00Z',
  /** The parties' acceptance of the AU-led Kenya National Dialogue and Reconciliation, launched on 29 January 2008. */
  kenyaConsent: '2008-01-29T12:00:00Z',
  /** Illustrative: the Secretary-General's visit to Nairobi on 1 February 2008. */
  standingGroupConvened: '2008-02-01T15:00:00Z',
  /** Illustrative: the group's first meeting, the next working day. */
  standingGroupMeeting: '2008-02-04T14:00:00Z',
} as const;

/** What the scenario leaves behind, for whoever wants to look at the record it made. */
export interface KenyaScenario {
  readonly caseId: string;
  readonly assessmentId: string;
  readonly auDecisionId: string;
  readonly councilDraftId: string;
  readonly measureId: string;
  readonly lessonIds: readonly string[];
}

/** The Council sitting in 2008: the five permanent members and the ten elected for 2008. */
export const COUNCIL_2008 = [
  ...['CHN', 'FRA', 'RUS', 'GBR', 'USA'].map((iso3) => ({ state: `member-state:${iso3}`, permanent: true })),
  ...['BEL', 'BFA', 'CRI', 'HRV', 'IDN', 'ITA', 'LBY', 'PAN', 'ZAF', 'VNM'].map((iso3) => ({
    state: `member-state:${iso3}`,
    permanent: false,
  })),
];

/**
 * FICTIONAL. No such draft on Kenya was put to the vote. The tally is invented to show a veto as the
 * system records it: eleven in favour, one permanent member against, three abstentions.
 */
export const FICTIONAL_COUNCIL_VOTES: Readonly<Record<string, 'yes' | 'no' | 'abstain'>> = {
  'member-state:FRA': 'yes',
  'member-state:GBR': 'yes',
  'member-state:USA': 'yes',
  'member-state:BEL': 'yes',
  'member-state:BFA': 'yes',
  'member-state:CRI': 'yes',
  'member-state:HRV': 'yes',
  'member-state:ITA': 'yes',
  'member-state:PAN': 'yes',
  'member-state:IDN': 'yes',
  'member-state:ZAF': 'yes',
  'member-state:RUS': 'no',
  'member-state:CHN': 'abstain',
  'member-state:LBY': 'abstain',
  'member-state:VNM': 'abstain',
};

const KENYA = 'KEN';
const JOINT_OFFICE = 'un-joint-office';
const DRAFTER = 'Special Adviser on the Prevention of Genocide';
const SECOND_READER = 'Special Adviser on the Responsibility to Protect';
const SECRETARY_GENERAL = 'Secretary-General';
const STANDING_GROUP: readonly Body[] = ['un-dpa', 'un-ocha', 'un-ohchr', 'un-undp', 'un-unhcr', 'un-unicef', 'un-joint-office'];

/** Plays the crisis through every context over HTTP; each step checks its answer and stops the play on a surprise. */
export async function playKenya2008(rtop: Rtop, say: (line: string) => void): Promise<KenyaScenario> {
  const jointOffice = rtop.as(JOINT_OFFICE, DRAFTER);
  const secondReader = rtop.as(JOINT_OFFICE, SECOND_READER);
  const sg = rtop.as('un-secretary-general', SECRETARY_GENERAL);
  const council = rtop.as('un-security-council', 'President of the Security Council');
  const assembly = rtop.as('un-general-assembly', 'President of the General Assembly');
  const auPsc = rtop.as('au-psc', 'Chairperson of the AU Peace and Security Council');
  const igad = rtop.as('igad', 'CEWARN Unit');
  const kenya = rtop.as(`member-state:${KENYA}`, 'Government of Kenya');
  const peacebuilding = rtop.as('un-peacebuilding-commission', 'Chair of the Peacebuilding Commission');

  say('Kenya, 2007–08: the post-election crisis, played through rtop over HTTP.');
  say('Events are recorded now; the acts of 2007–08 carry the day they happened (occurredAt), so by=occurred replays them then.');

  // 1. The Joint Office opens the case and gathers reports.
  const { caseId } = await expectAnswer(
    'Joint Office opens the case',
    201,
    jointOffice.post('/cases', {
      situation: 'Kenya, post-election violence',
      crimes: [{ crime: 'crimes-against-humanity', incitement: true }, { crime: 'ethnic-cleansing' }],
      summary:
        'Violence between communities after the disputed presidential election of 27 December 2007: killings, burnings and mass displacement, above all in the Rift Valley, Nairobi and western Kenya.',
    }),
    CASE_OPENED,
  );
  say(`[Joint Office] case opened: ${caseId} (crimes against humanity with incitement; ethnic cleansing)`);

  const witness = { name: 'Witness at Kiambaa', protected: true };
  const redCross = { name: 'Kenya Red Cross Society', protected: false };
  const ohchr = { name: 'OHCHR fact-finding mission to Kenya', protected: false };
  const monitoring = { name: 'Media monitoring of vernacular radio', protected: false };
  for (const [source, reliability, reason] of [
    [witness, 'B', 'Has reported accurately from the Rift Valley before; position confirmed by the field presence'],
    [redCross, 'A', 'Runs the displacement camps it reports on'],
    [ohchr, 'A', 'UN fact-finding mission with direct access'],
    [monitoring, 'C', 'Transcripts partial; translation not yet checked'],
  ] as const) {
    await expectStatus(
      `grade ${source.protected ? 'a protected source' : source.name}`,
      201,
      jointOffice.post(`/cases/${caseId}/source-gradings`, { source, reliability, reason }),
    );
  }
  say('[Joint Office] four sources graded (one protected, known only by pseudonym)');

  const fileReport = (what: string, report: object) =>
    expectAnswer(`file report: ${what}`, 201, jointOffice.post(`/cases/${caseId}/reports`, report), REPORT_FILED);
  const churchFire = await fileReport('Kiambaa church fire', {
    source: witness,
    channel: 'un-field-presence',
    credibility: 2,
    observedAt: '2008-01-01T11:00:00Z',
    location: 'Kiambaa, near Eldoret, Rift Valley',
    riskFactors: [8, 11],
    summary: 'A church where displaced families had taken refuge was set on fire by an armed group; women and children died inside.',
  });
  const { pseudonym } = read('the protected source of the church-fire report', PROTECTED_SOURCE, churchFire.source);
  say(
    `[Joint Office] report filed from a protected source, recorded as ${pseudonym} (reliability ${churchFire.reliability}, credibility 2)`,
  );
  const radio = await fileReport('incitement on vernacular radio', {
    source: monitoring,
    channel: 'media',
    credibility: 3,
    observedAt: '2007-12-31T18:00:00Z',
    location: 'Rift Valley (vernacular FM broadcasts)',
    riskFactors: [8],
    summary: 'Call-in programmes and songs broadcast after the election cast a rival community as outsiders to be driven from the land.',
  });
  const camps = await fileReport('displacement camps', {
    source: redCross,
    channel: 'ngo',
    credibility: 2,
    observedAt: '2008-01-20T09:00:00Z',
    location: 'Eldoret, Nakuru and Naivasha',
    riskFactors: [11],
    summary: 'Hundreds of thousands displaced into camps and police stations, families separated along ethnic lines.',
  });
  const factFinding = await fileReport('OHCHR fact-finding', {
    source: ohchr,
    channel: 'un-field-presence',
    credibility: 1,
    corroboratedBy: [churchFire.reportId, camps.reportId],
    observedAt: '2008-02-12T12:00:00Z',
    location: 'Rift Valley, Nairobi and western Kenya',
    riskFactors: [11, 12],
    summary:
      'Over a thousand killed; attacks on civilians singled out by ethnicity, with signs of organisation and financing, followed by revenge attacks in Nakuru and Naivasha.',
  });
  say('[Joint Office] three more reports filed; the OHCHR one confirmed (credibility 1) by two independent reports');

  await expectStatus(
    'approve the church-fire report',
    201,
    jointOffice.post(`/cases/${caseId}/reports/${churchFire.reportId}/approval`, {}),
  );
  await expectStatus(
    'verify the church-fire report',
    201,
    jointOffice.post(`/cases/${caseId}/reports/${churchFire.reportId}/verification`, {
      credibility: 2,
      method: 'Cross-checked against hospital admissions in Eldoret and the Red Cross camp registers',
    }),
  );
  say('[Joint Office] church-fire report approved (moderation) and verified (credibility 2)');

  // 2. IGAD's early-warning network reports in (illustrative: CEWARN covers cross-border pastoral areas).
  const cewarn = await expectAnswer(
    'IGAD submits a CEWARN report',
    201,
    igad.post(`/regional-bodies/igad/cases/${caseId}/early-warning-reports`, {
      summary:
        'Illustrative: field monitors in the Karamoja cluster report cattle raids and small-arms movement rising as the post-election crisis draws police away.',
      indicators: [
        { kind: 'conflict', category: 'armed-intervention', description: 'Raids with automatic weapons along the Kenya–Uganda border' },
        { kind: 'peace', category: 'peace-initiatives', description: 'Elders of both sides meet at the border markets' },
      ],
      observedAt: '2008-01-15T06:00:00Z',
      location: 'Karamoja cluster, Kenya–Uganda border',
    }),
    EARLY_WARNING_SUBMITTED,
  );
  const cewarnReport = await waitFor('the CEWARN report to reach the Joint Office', async () => {
    const reports = await expectAnswer('read the reports', 200, jointOffice.get(`/cases/${caseId}/reports`), JOINT_OFFICE_REPORTS);
    return reports.items.find((r) => r.channel === 'regional-early-warning' && r.source.name === 'igad');
  });
  say(`[IGAD] CEWARN report ${cewarn.reportId} (illustrative) noted by the Joint Office as report ${cewarnReport.reportId}`);

  // 3. The assessment: drafted, reviewed, issued.
  const drafted = await expectAnswer(
    'draft the assessment',
    201,
    jointOffice.post(`/cases/${caseId}/assessment-drafts`, {
      risks: [
        {
          crime: 'crimes-against-humanity',
          level: 'very-high',
          findings: [
            {
              indicator: '8.8',
              finding: 'A disputed presidential election and its tally set off the violence',
              reportIds: [churchFire.reportId, factFinding.reportId],
            },
            {
              indicator: '8.7',
              finding: 'Broadcasts casting a rival community as outsiders to be driven out',
              reportIds: [radio.reportId],
            },
            {
              indicator: '11.1',
              finding: 'Killings, burnings and expulsions of civilians chosen by ethnicity, in several provinces',
              reportIds: [churchFire.reportId, camps.reportId, factFinding.reportId],
            },
            {
              indicator: '12.1',
              finding: 'Signs that attacks were organised and financed, and of revenge attacks in turn',
              reportIds: [factFinding.reportId],
            },
          ],
          rationale:
            'Widespread attacks on civilians along ethnic lines, with signs of organisation, and no sign yet that they are ending.',
        },
      ],
      incitement: [
        {
          crime: 'crimes-against-humanity',
          rabat: {
            context: 'A disputed election in a country with a history of land-related violence between communities',
            speaker: 'Presenters and callers on vernacular stations with large audiences in the Rift Valley',
            intent: 'Repeated calls to drive a named community from the land, after the first killings',
            contentAndForm: 'Coded and open language casting neighbours as outsiders and enemies',
            extentAndMagnitude: 'Broadcast daily across the province in the languages of the audiences',
            likelihoodIncludingImminence: 'Attacks followed in the areas where the broadcasts were heard',
          },
          conclusion: 'meets-threshold',
          reportIds: [radio.reportId],
        },
      ],
      ethnicCleansing: { assessedThrough: ['crimes-against-humanity'] },
      summary:
        'Very high risk of crimes against humanity, incited on the air; expulsions along ethnic lines amount to ethnic cleansing, assessed through crimes against humanity.',
    }),
    ASSESSMENT_DRAFTED,
  );
  const { assessmentId } = drafted;
  for (const step of drafted.reviewChecklist) {
    const reviewer = step === 'second-reader' ? secondReader : jointOffice;
    await expectStatus(
      `review step ${step}`,
      201,
      reviewer.post(`/cases/${caseId}/assessment-drafts/${assessmentId}/review-steps`, { step, note: `${step} done` }),
    );
  }
  say(`[Joint Office] assessment drafted and reviewed (${drafted.reviewChecklist.join(', ')})`);
  const issued = await expectAnswer(
    'issue the assessment',
    201,
    jointOffice.post(`/cases/${caseId}/assessments`, { assessmentId }),
    ASSESSMENT_ISSUED,
  );
  say(`[Joint Office] assessment ${assessmentId} issued, ${issued.contentDigest}`);

  // 4. The Secretary-General receives it (through the log) and transmits it unaltered.
  const received = await waitFor('the Secretary-General to receive the assessment', async () => {
    const response = await sg.get(`/secretary-general/cases/${caseId}/assessments/${assessmentId}`);
    return response.status === 200 ? read('the assessment received', ASSESSMENT_RECEIVED, response.body) : undefined;
  });
  say(`[Secretary-General] assessment received unfiltered (${received.contentDigest})`);
  const transmit = (recipients: string[]) =>
    expectStatus(
      `transmit to ${recipients.join(', ')}`,
      201,
      sg.post(`/secretary-general/cases/${caseId}/transmissions`, { assessmentId, recipients, content: received.content }),
    );
  await transmit(['au-psc', 'igad']);
  say('[Secretary-General] transmitted to the AU Peace and Security Council and IGAD');
  await transmit(['un-security-council', 'un-general-assembly']);
  say('[Secretary-General] the same content transmitted to the Security Council and the General Assembly');
  await waitFor('the assessment to come before the AU PSC', async () => {
    const view = await auPsc.get(`/regional-bodies/au-psc/cases/${caseId}`);
    return view.status === 200 && read('the AU PSC’s case', BODY_CASE, view.body).assessments.length ? true : undefined;
  });

  // 5. The AU decides first: preventive action by consensus, Kenya as party to the situation not taking part.
  const auDraft = await expectAnswer(
    'AU PSC tables its decision',
    201,
    auPsc.post(`/regional-bodies/au-psc/cases/${caseId}/drafts`, {
      title: 'Mediation by the Panel of Eminent African Personalities',
      text: 'Supports the mediation of the AU Panel of Eminent African Personalities chaired by Kofi Annan between the Party of National Unity and the Orange Democratic Movement, and calls for an end to the violence.',
      matter: 'substantive',
      coercive: false,
      parties: [`member-state:${KENYA}`],
      occurredAt: KENYA_2008_DATES.auDecision,
    }),
    DRAFT_TABLED,
  );
  const consensus = await expectAnswer(
    'AU PSC reaches consensus',
    201,
    auPsc.post(`/regional-bodies/au-psc/cases/${caseId}/drafts/${auDraft.draftId}/consensus`, {
      objections: [],
      occurredAt: KENYA_2008_DATES.auDecision,
    }),
    EVENTS_RECORDED,
  );
  const auDecisionId = eventData('AU PSC reaches consensus', consensus, 'regional-decision-adopted', REGIONAL_DECISION_ADOPTED).decisionId;
  say(
    `[AU PSC] preventive decision ${auDecisionId} adopted by consensus on ${KENYA_2008_DATES.auDecision.slice(0, 10)}: mediation by the Panel chaired by Kofi Annan (Kenya, a party, not taking part)`,
  );

  // 6. Kenya: its posture, the Joint Office's reading of it, and its consent to the AU mediation.
  await expectStatus(
    'Kenya declares its posture',
    201,
    kenya.post(`/member-states/cases/${caseId}/states/${KENYA}/declared-postures`, {
      posture: 'willing-and-able',
      reasons: ['The Government states that the security forces are restoring order'],
      occurredAt: KENYA_2008_DATES.kenyaPosture,
    }),
  );
  await expectStatus(
    'the Joint Office reads Kenya’s posture',
    201,
    jointOffice.post(`/member-states/cases/${caseId}/states/${KENYA}/assessed-postures`, {
      posture: 'willing-but-unable',
      reasons: [
        'Police overwhelmed in the Rift Valley and accused of excessive force elsewhere',
        'Violence continuing a month after the election',
      ],
    }),
  );
  say('[Kenya] declares itself willing and able; the Joint Office reads it as willing but unable (both kept)');
  const { consentId } = await expectAnswer(
    'Kenya consents to AU mediation',
    201,
    kenya.post(`/member-states/cases/${caseId}/states/${KENYA}/assistance-consents`, {
      offeredBy: 'au-psc',
      kinds: ['mediation'],
      description: 'The Kenya National Dialogue and Reconciliation under the AU Panel of Eminent African Personalities',
      occurredAt: KENYA_2008_DATES.kenyaConsent,
    }),
    CONSENT_GIVEN,
  );
  say(`[Kenya] consents to the AU-led mediation (pillar II) on ${KENYA_2008_DATES.kenyaConsent.slice(0, 10)}, consent ${consentId}`);

  // 7. The Secretary-General: good offices in support, a finding, the standing group and its options.
  const goodOffices = await expectAnswer(
    'offer good offices',
    201,
    sg.post(`/secretary-general/cases/${caseId}/good-offices`, {
      parties: ['Government of Kenya (Party of National Unity)', 'Orange Democratic Movement'],
      mandate: 'Support the AU-led mediation of the Panel of Eminent African Personalities; no parallel UN track.',
    }),
    GOOD_OFFICES_OFFERED,
  );
  await expectStatus(
    'appoint a special envoy',
    201,
    sg.post(`/secretary-general/cases/${caseId}/special-envoys`, {
      offerId: goodOffices.offerId,
      envoy: 'Senior mediation adviser, DPA (illustrative)',
      mandate: 'Carry the good offices to Nairobi and put the UN’s mediation support at the Panel’s disposal.',
    }),
  );
  say('[Secretary-General] good offices offered to both parties in support of the AU Panel; a liaison envoy appointed (illustrative)');
  const finding = await expectAnswer(
    'find the verge of manifest failure',
    201,
    sg.post(`/secretary-general/cases/${caseId}/verge-of-manifest-failure-findings`, {
      assessmentId,
      reasons:
        'Very high risk of crimes against humanity; killings and expulsions continue in several provinces and the police cannot contain them.',
    }),
    FINDING_MADE,
  );
  await expectStatus(
    'convene the standing group',
    201,
    sg.post(`/secretary-general/cases/${caseId}/standing-group`, {
      findingId: finding.findingId,
      members: STANDING_GROUP,
      meetingCadenceDays: 7,
      occurredAt: KENYA_2008_DATES.standingGroupConvened,
    }),
  );
  const meeting = await expectAnswer(
    'hold the group’s meeting',
    201,
    sg.post(`/secretary-general/cases/${caseId}/standing-group/meetings`, {
      attendees: STANDING_GROUP,
      occurredAt: KENYA_2008_DATES.standingGroupMeeting,
    }),
    MEETING_HELD,
  );
  say(
    `[Secretary-General] verge of manifest failure found; standing group convened (${STANDING_GROUP.join(', ')}) on ${KENYA_2008_DATES.standingGroupConvened.slice(0, 10)} and met on ${KENYA_2008_DATES.standingGroupMeeting.slice(0, 10)} (illustrative dates)`,
  );
  const tableOption = (department: Body, option: { pillar: string; coercive: boolean; description: string }) =>
    expectAnswer(
      `${department} tables an option`,
      201,
      rtop.as(department, `Senior official, ${department}`).post(`/secretary-general/cases/${caseId}/standing-group/options`, {
        meetingId: meeting.meetingId,
        ...option,
        assessmentId,
        assessmentDigest: received.contentDigest,
      }),
      OPTION_TABLED,
    );
  const options = [
    await tableOption('un-dpa', {
      pillar: 'II',
      coercive: false,
      description: 'Mediation support to the AU Panel: experts, logistics and a secretariat in Nairobi',
    }),
    await tableOption('un-ocha', {
      pillar: 'II',
      coercive: false,
      description: 'Humanitarian assistance to the displaced, with the Government’s consent',
    }),
    await tableOption('un-ohchr', {
      pillar: 'III',
      coercive: false,
      description: 'A human rights fact-finding mission and public reporting on the attacks',
    }),
    await tableOption('un-dpa', {
      pillar: 'III',
      coercive: true,
      description: 'Should mediation fail: a Chapter VII arms embargo and targeted sanctions on organisers and inciters',
    }),
  ];
  say('[Standing group] options tabled across pillars II and III (mediation support, humanitarian, fact-finding, Chapter VII measures)');
  await expectStatus(
    'recommend to the Council',
    201,
    sg.post(`/secretary-general/cases/${caseId}/recommendations`, {
      recipient: 'un-security-council',
      content: 'Back the AU-led mediation; hold Chapter VII measures in reserve should it fail.',
      optionIds: options.map((o) => o.optionId),
    }),
  );
  say('[Secretary-General] recommendation to the Security Council puts the four options forward');

  // 8. FICTIONAL: a Chapter VII draft vetoed in the Council, and the Assembly's veto debate.
  say('--- FICTIONAL from here: the Security Council took no vote on Kenya in 2008 and there was no veto or veto debate. ---');
  await waitFor('the assessment to come before the Security Council', async () => {
    const view = await council.get(`/security-council/cases/${caseId}`);
    return view.status === 200 && read('the Council’s case', COUNCIL_CASE, view.body).agenda.length ? true : undefined;
  });
  const { draftId: councilDraftId } = await expectAnswer(
    'table a Chapter VII draft',
    201,
    council.post(`/security-council/cases/${caseId}/drafts`, {
      title: 'The situation in Kenya (fictional draft)',
      chapter: 'VII',
      measures: [
        { kind: 'arms-embargo', coercive: true },
        { kind: 'targeted-sanctions', coercive: true },
        { kind: 'mediation-support', coercive: false },
      ],
      authorisedBodies: [],
      manifestFailureDetermined: false,
      credibleAtrocityPrevention: true,
      partiesToDispute: [],
    }),
    DRAFT_TABLED,
  );
  await expectStatus(
    'classify the draft',
    201,
    council.post(`/security-council/cases/${caseId}/drafts/${councilDraftId}/classification`, { procedural: false }),
  );
  await expectStatus(
    'put the draft to the vote',
    201,
    council.post(`/security-council/cases/${caseId}/drafts/${councilDraftId}/voting`, { members: COUNCIL_2008 }),
  );
  for (const { state } of COUNCIL_2008) {
    await expectStatus(
      `vote of ${state}`,
      201,
      council.post(`/security-council/cases/${caseId}/drafts/${councilDraftId}/votes`, {
        member: state,
        vote: FICTIONAL_COUNCIL_VOTES[state],
      }),
    );
  }
  const closed = await expectAnswer(
    'close the vote',
    200,
    council.post(`/security-council/cases/${caseId}/drafts/${councilDraftId}/voting/close`, {}),
    EVENTS_RECORDED,
  );
  const tally = eventData('close the vote', closed, 'vote-closed', VOTE_CLOSED);
  const veto = eventData('close the vote', closed, 'draft-vetoed', DRAFT_VETOED);
  say(
    `[Security Council] (fictional) Chapter VII draft: ${tally.yes.length} yes, ${tally.no.length} no, ${tally.abstain.length} abstaining — vetoed by ${veto.vetoedBy.join(', ')}; veto debate due by ${veto.vetoDebateDueBy}`,
  );

  const owed = await waitFor('the General Assembly to note the veto', async () => {
    const view = await assembly.get(`/general-assembly/cases/${caseId}`);
    if (view.status !== 200) return undefined;
    return read('the Assembly’s case', ASSEMBLY_CASE, view.body).vetoDebates.find((d) => d.draftId === councilDraftId);
  });
  say(`[General Assembly] (fictional) veto noted; debate ${owed.status}, due by ${owed.dueBy ?? 'no date'}`);
  const held = await expectAnswer(
    'hold the veto debate',
    201,
    assembly.post(`/general-assembly/cases/${caseId}/veto-debates/${councilDraftId}/held`, {}),
    VETO_DEBATE_HELD,
  );
  say(`[General Assembly] (fictional) veto debate held at ${held.heldAt}`);
  say('--- end of the fictional part ---');

  // 9. Responses: the mediation support Kenya consented to, tracked to its outcome.
  await waitFor('Kenya’s consent to be noted for responses', async () => {
    const view = await expectAnswer('read the responses', 200, sg.get(`/secretary-general/cases/${caseId}/responses`), RESPONSES);
    return view.stateConsents.some((c) => c.state === KENYA && c.requestOrConsentId === consentId) ? true : undefined;
  });
  const { measureId } = await expectAnswer(
    'register the mediation measure',
    201,
    sg.post(`/secretary-general/cases/${caseId}/responses/measures`, {
      pillar: 'II',
      coercive: false,
      description:
        'Mediation by the AU Panel of Eminent African Personalities (Kofi Annan, Benjamin Mkapa, Graça Machel), with UN mediation support',
      authorisation: { kind: 'state-request-or-consent', state: KENYA, requestOrConsentId: consentId },
      implementingBody: 'au-psc',
    }),
    MEASURE_REGISTERED,
  );
  say(`[Secretary-General] pillar II measure ${measureId} registered on Kenya's consent, carried out by the AU`);
  const reportOn = (path: string, body: object, what: string) =>
    expectStatus(what, 201, auPsc.post(`/secretary-general/cases/${caseId}/responses/measures/${measureId}/${path}`, body));
  await reportOn('status', { status: 'under-way' }, 'mediation under way');
  await reportOn('status', { status: 'completed' }, 'mediation completed');
  await reportOn(
    'outcomes',
    {
      outcome:
        'The National Accord and Reconciliation Act, signed on 28 February 2008: a coalition government, with a Prime Minister for the opposition; the violence subsided.',
    },
    'record the outcome',
  );
  say('[AU PSC] mediation under way → completed; outcome: the National Accord of 28 February 2008');

  // 10. Lessons, fed back to the Joint Office.
  const lessonIds: string[] = [];
  const lessons: [HttpClient, string][] = [
    [
      peacebuilding,
      'The regional organisation acted before the UN; New York often waits for the AU to take the first steps. Agree who leads early, and support it rather than open a parallel track.',
    ],
    [
      sg,
      'The AU’s eminent persons performed well in Kenya but need a small secretariat, and AU–DPA information sharing must improve; early warning is only useful with the political will to act on it.',
    ],
  ];
  for (const [client, lesson] of lessons) {
    const recorded = await expectAnswer(
      'record a lesson',
      201,
      client.post(`/other-organs/cases/${caseId}/lessons`, { lesson }),
      LESSON_RECORDED,
    );
    lessonIds.push(recorded.lessonId);
  }
  say('[Peacebuilding Commission, Secretary-General] lessons recorded');
  await waitFor('the lessons to reach the Joint Office', async () => {
    const lessons = await expectAnswer('read the lessons', 200, jointOffice.get(`/cases/${caseId}/lessons-learned`), JOINT_OFFICE_LESSONS);
    const noted = lessons.items.map((l) => l.lessonId);
    return lessonIds.every((id) => noted.includes(id)) ? true : undefined;
  });
  say('[Joint Office] both lessons received on the case');

  // 11. Monitoring, then closure.
  await expectStatus(
    'place under monitoring',
    201,
    jointOffice.post(`/cases/${caseId}/monitoring`, {
      reason: 'National Accord signed; its implementation and the next elections to be watched',
    }),
  );
  await expectStatus(
    'close the case',
    201,
    jointOffice.post(`/cases/${caseId}/closure`, { reason: 'Coalition government in office and the violence ended; lessons recorded' }),
  );
  say('[Joint Office] case placed under monitoring, then closed');

  return { caseId, assessmentId, auDecisionId, councilDraftId, measureId, lessonIds };
}

/** One line of a case's timeline, as GET /cases/{caseId}/timeline answers it. */
export interface TimelineLine {
  /** When it happened: an act entered later carries its own day. */
  readonly occurredAt: string;
  /** When the system recorded it. */
  readonly recordedAt: string;
  readonly context: string;
  readonly actor: { readonly body: string };
  readonly type: string;
}

/** Every event of the case the client may read, page after page: the timeline is served in pages. */
async function wholeTimeline(client: HttpClient, caseId: string, by: 'recorded' | 'occurred'): Promise<readonly TimelineLine[]> {
  const events: TimelineLine[] = [];
  let after: string | null = null;
  do {
    const query: string = `?by=${by}&limit=500${after ? `&after=${encodeURIComponent(after)}` : ''}`;
    const page = await expectAnswer('read the timeline', 200, client.get(`/cases/${caseId}/timeline${query}`), TIMELINE_PAGE);
    events.push(...page.events);
    after = page.next;
  } while (after);
  return events;
}

/**
 * The case's timeline once the last event the scenario caused (the case closed) is on it, as the
 * client may read it (an auditor's client reads every event), in the order of the clock asked
 * for: when each event was recorded (the default), or when it happened.
 */
export async function settledTimeline(
  client: HttpClient,
  caseId: string,
  by: 'recorded' | 'occurred' = 'recorded',
): Promise<readonly TimelineLine[]> {
  const read = () => wholeTimeline(client, caseId, by);
  let last = await waitFor('the timeline to show the case closed', async () => {
    const events = await read();
    return events.some((e) => e.type === 'case-closed') ? events : undefined;
  });
  // Reactions to earlier events may still be on their way: read until two readings agree.
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = await read();
    if (now.length === last.length) return now;
    last = now;
  }
}

/** The timeline as a table: both clocks (when it happened, when it was recorded), context, actor body, event type. */
export function timelineTable(events: readonly TimelineLine[]): string[] {
  const rows = events.map((e) => [e.occurredAt, e.recordedAt, e.context, e.actor.body, e.type]);
  const header = ['happened', 'recorded', 'context', 'actor', 'event'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}
