import { Body } from '@rtop/kernel';
import { RegionMap } from '../figures/regions';
import { TimelineEntry } from '../timeline/timeline-entry';

/**
 * Three known cases with timestamps in whole days from one start, so every expected figure can be
 * read off the fixture. Each entry is recorded a minute after it happened unless said otherwise.
 */
export const START = Date.parse('2024-03-01T00:00:00.000Z');
export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const day = (days: number, hours = 0) => new Date(START + days * DAY + hours * HOUR).toISOString();
/** The instant the known cases' figures are taken at. */
export const NOW = new Date(day(38));

const ACTOR_OF_CONTEXT: Readonly<Record<string, Body>> = {
  'focal-point': 'un-joint-office',
  'secretary-general': 'un-secretary-general',
  'security-council': 'un-security-council',
  'general-assembly': 'un-general-assembly',
  'regional-bodies': 'au-psc',
  'member-states': 'member-state:MMR',
  'other-organs': 'un-peacebuilding-commission',
};

let sequence = 0;

export function entry(
  context: string,
  type: string,
  occurredAt: string,
  data: Record<string, unknown> = {},
  options: { readonly recordedAt?: string; readonly actor?: Body; readonly eventId?: string } = {},
): TimelineEntry {
  return {
    eventId: options.eventId ?? `${type}-${++sequence}`,
    type,
    context,
    actor: { body: options.actor ?? ACTOR_OF_CONTEXT[context], person: 'officer', role: 'officer' },
    occurredAt,
    recordedAt: options.recordedAt ?? new Date(Date.parse(occurredAt) + 60_000).toISOString(),
    data,
  };
}

const issued = (caseId: string, assessmentId: string, at: string, risks: { crime: string; level: string }[]) =>
  entry('focal-point', 'assessment-issued', at, {
    content: { assessmentId, caseId, risks, summary: 'assessed' },
    contentDigest: `sha256:${assessmentId}`,
  });
const transmitted = (assessmentId: string, transmissionId: string, at: string, recipients: string[]) =>
  entry('secretary-general', 'assessment-transmitted', at, {
    transmissionId,
    assessmentId,
    recipients,
    contentDigest: `sha256:${assessmentId}`,
    content: {},
  });
/** Written by the receiving organ's reaction, which acts for the Secretary-General who sent it. */
export const placedOnAgenda = (
  context: 'security-council' | 'general-assembly',
  assessmentId: string,
  transmissionId: string,
  at: string,
  digest = `sha256:${assessmentId}`,
) =>
  entry(
    context,
    'assessment-placed-on-agenda',
    at,
    { assessmentId, transmissionId, contentDigest: digest },
    { actor: 'un-secretary-general' },
  );

/**
 * Kenya: a high risk of crimes against humanity. Reported on day 1, assessed on day 4, sent to the
 * Council and the AU PSC on day 6 and to the Assembly on day 8. The Council's first draft is vetoed
 * on day 10; the PSC decides on day 16, the Council on day 21; a measure is registered on day 31;
 * the Assembly never decides. A lesson is recorded on day 35.
 */
export const RIFT_VALLEY = 'case-rift-valley';
export const riftValley: readonly TimelineEntry[] = [
  entry('focal-point', 'case-opened', day(0), { caseId: RIFT_VALLEY, situation: 'Kenya, post-election violence', crimes: [], summary: '' }),
  entry('focal-point', 'information-report-filed', day(1), { reportId: 'report-1' }),
  issued(RIFT_VALLEY, 'A1', day(4), [
    { crime: 'crimes-against-humanity', level: 'high' },
    { crime: 'war-crimes', level: 'moderate' },
  ]),
  entry('secretary-general', 'assessment-received', day(4, 1), {
    assessmentId: 'A1',
    contentDigest: 'sha256:A1',
    content: {},
    issuedEventId: 'x',
  }),
  transmitted('A1', 'T1', day(6), ['un-security-council', 'au-psc']),
  placedOnAgenda('security-council', 'A1', 'T1', day(6, 1)),
  entry(
    'regional-bodies',
    'assessment-placed-before-body',
    day(6, 2),
    { body: 'au-psc', transmissionId: 'T1', assessmentId: 'A1', contentDigest: 'sha256:A1', content: {} },
    { actor: 'un-secretary-general' },
  ),
  transmitted('A1', 'T2', day(8), ['un-general-assembly']),
  placedOnAgenda('general-assembly', 'A1', 'T2', day(8, 1)),
  entry('security-council', 'draft-vetoed', day(10), {
    draftId: 'D1',
    caseId: RIFT_VALLEY,
    vetoedBy: ['member-state:RUS'],
    vetoDebateDueBy: day(24),
  }),
  entry('security-council', 'pledge-breached', day(10), {
    state: 'member-state:VEN',
    draftId: 'D1',
    caseId: RIFT_VALLEY,
    pledge: 'ACT code of conduct',
  }),
  // The Assembly's own copy of the Council's veto: not a second veto.
  entry('general-assembly', 'veto-noted', day(10, 1), { draftId: 'D1', vetoedBy: ['member-state:RUS'], debateDueBy: day(24) }),
  entry('regional-bodies', 'regional-decision-adopted', day(16), {
    decisionId: 'R1',
    caseId: RIFT_VALLEY,
    body: 'au-psc',
    coercive: false,
    councilDecisionId: null,
  }),
  entry('security-council', 'council-decision-adopted', day(21), {
    draftId: 'D2',
    caseId: RIFT_VALLEY,
    chapter: 'VI',
    procedural: false,
    measures: [{ kind: 'mediation', coercive: false }],
    authorisedBodies: [],
    manifestFailureDetermined: false,
  }),
  // The Secretary-General's note of the Council's decision: not a second decision.
  entry('secretary-general', 'council-decision-noted', day(21, 1), { decisionId: 'D2', sourceEventId: 'x' }),
  entry('secretary-general', 'measure-registered', day(31), {
    measureId: 'M1',
    pillar: 'II',
    coercive: false,
    description: 'mediation',
    implementingBody: 'au-psc',
  }),
  entry('other-organs', 'lesson-recorded', day(35), {
    lessonId: 'L1',
    caseId: RIFT_VALLEY,
    contributor: 'un-peacebuilding-commission',
    lesson: 'Mediate before the vote',
  }),
  // The Joint Office's copy of the same lesson, fed back to it: not a second lesson.
  entry('focal-point', 'lesson-learned-noted', day(35, 1), {
    lessonId: 'L1',
    contributor: 'un-peacebuilding-commission',
    lesson: 'Mediate before the vote',
  }),
];

/**
 * Myanmar: a very high risk of genocide. Reported on day 2, assessed on day 3, sent to the Council
 * on day 4; a draft vetoed by two permanent members on day 9; nothing decided since.
 */
export const RAKHINE = 'case-rakhine';
export const rakhine: readonly TimelineEntry[] = [
  entry('focal-point', 'case-opened', day(0), { caseId: RAKHINE, situation: 'Rakhine State', crimes: [], summary: '' }),
  entry('member-states', 'posture-declared', day(1), { caseId: RAKHINE, state: 'MMR', posture: 'willing-and-able' }),
  entry('focal-point', 'information-report-filed', day(2), { reportId: 'report-2' }),
  issued(RAKHINE, 'B1', day(3), [
    { crime: 'genocide', level: 'very-high' },
    { crime: 'crimes-against-humanity', level: 'high' },
  ]),
  transmitted('B1', 'T3', day(4), ['un-security-council']),
  entry('security-council', 'draft-vetoed', day(9), {
    draftId: 'D3',
    caseId: RAKHINE,
    vetoedBy: ['member-state:CHN', 'member-state:RUS'],
    vetoDebateDueBy: null,
  }),
];

/**
 * Sri Lanka: a high risk of crimes against humanity. Reported on day 0, assessed on day 5, sent to
 * the Council and the Assembly on day 8; the case is closed on day 10 with neither deciding.
 */
export const VANNI = 'case-vanni';
export const vanni: readonly TimelineEntry[] = [
  entry('focal-point', 'case-opened', day(0), { caseId: VANNI, situation: 'Sri Lanka, the Vanni', crimes: [], summary: '' }),
  entry('focal-point', 'information-report-filed', day(0), { reportId: 'report-3' }),
  issued(VANNI, 'C1', day(5), [{ crime: 'crimes-against-humanity', level: 'high' }]),
  transmitted('C1', 'T4', day(8), ['un-security-council', 'un-general-assembly']),
  entry('focal-point', 'case-closed', day(10), { caseId: VANNI, reason: 'monitoring ended' }),
];

export const KNOWN_REGIONS: RegionMap = { situations: {}, countries: { Kenya: 'Africa', MMR: 'Asia' } };
