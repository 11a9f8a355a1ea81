import { Actor } from '@rtop/kernel';
import { CrimeRisk, DEFAULT_REVIEW_CHECKLIST, IncitementFinding, RabatTest } from './assessment';
import { AssessmentDrafted, CaseClosed, CaseOpened, InformationReportFiled, ReportRetracted, ReviewStepCompleted } from './case-events';
import { InformationReport } from './information-report';

export const jointOffice: Actor = { body: 'un-joint-office', person: 'adviser-1', role: 'special-adviser' };
export const secondReader: Actor = { body: 'un-joint-office', person: 'adviser-2', role: 'officer' };
export const securityCouncil: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
export const igad: Actor = { body: 'igad', person: 'cewarn-director', role: 'director' };
export const peacebuildingCommission: Actor = { body: 'un-peacebuilding-commission', person: 'chair', role: 'chair' };
export const at = new Date('2008-01-02T09:00:00Z');
export const caseId = 'c0ffee00-0000-4000-8000-000000000001';

export const caseOpened: CaseOpened = {
  type: 'case-opened',
  data: {
    caseId,
    situation: 'Kenya, post-election violence',
    crimes: [
      { crime: 'crimes-against-humanity', incitement: true },
      { crime: 'ethnic-cleansing', incitement: false },
    ],
    summary: 'Violence after the disputed presidential election of 27 December 2007',
  },
};

export const report: InformationReport = {
  reportId: 'report-1',
  source: { kind: 'protected', pseudonym: 'source-3fa1c2' },
  channel: 'un-field-presence',
  reliability: 'B',
  credibility: 2,
  corroboratedBy: [],
  observedAt: '2008-01-01T12:00:00.000Z',
  location: 'Eldoret, Rift Valley',
  riskFactors: [8, 11],
  summary: 'Church sheltering displaced families set on fire',
};

export const reportFiled: InformationReportFiled = { type: 'information-report-filed', data: report };

/** The same event seen by another source: independent of report-1. */
export const otherReport: InformationReport = {
  ...report,
  reportId: 'report-2',
  source: { kind: 'named', name: 'Kenya Red Cross' },
  channel: 'ngo',
  reliability: 'A',
  summary: 'Kiambaa church burned with people inside; dozens dead',
};
export const otherReportFiled: InformationReportFiled = { type: 'information-report-filed', data: otherReport };

/** Another account from report-1's own source: it cannot corroborate report-1. */
export const sameSourceReportFiled: InformationReportFiled = {
  type: 'information-report-filed',
  data: { ...report, reportId: 'report-3', summary: 'Attackers returned the next day' },
};

export const retracted = (reportId: string): ReportRetracted => ({
  type: 'report-retracted',
  data: { reportId, reason: 'The account was fabricated' },
});

export const risk: CrimeRisk = {
  crime: 'crimes-against-humanity',
  level: 'high',
  findings: [
    { indicator: '8.7', finding: 'Radio broadcasts calling on listeners to drive out a community', reportIds: ['report-1'] },
    { indicator: '11.1', finding: 'Attacks on civilians of one community across several districts', reportIds: ['report-1'] },
  ],
  rationale: 'Organised attacks on civilians of one community',
};

export const rabat: RabatTest = {
  context: 'A disputed election in a country with a history of violence between communities',
  speaker: 'Local radio presenters with wide audiences in the Rift Valley',
  intent: 'Broadcasts call on listeners by name to act against a community',
  contentAndForm: 'Coded calls to "clear the weeds", repeated over days',
  extentAndMagnitude: 'Vernacular stations heard across the province',
  likelihoodIncludingImminence: 'Attacks followed the broadcasts within days',
};

export const incitement: IncitementFinding = {
  crime: 'crimes-against-humanity',
  rabat,
  conclusion: 'meets-threshold',
  reportIds: ['report-1'],
};

export const assessmentDrafted: AssessmentDrafted = {
  type: 'assessment-drafted',
  data: {
    assessmentId: 'assessment-1',
    risks: [risk],
    incitement: [],
    ethnicCleansing: null,
    summary: 'High risk of crimes against humanity in the Rift Valley',
    reviewChecklist: [...DEFAULT_REVIEW_CHECKLIST],
    draftedBy: jointOffice.person,
  },
};

export const stepCompleted = (step: string, completedBy = jointOffice.person): ReviewStepCompleted => ({
  type: 'review-step-completed',
  data: { assessmentId: 'assessment-1', step, completedBy, note: '' },
});

/** Every step of the default checklist, the second reading by someone other than the drafter. */
export const reviewed: ReviewStepCompleted[] = DEFAULT_REVIEW_CHECKLIST.map((step) =>
  stepCompleted(step, step === 'second-reader' ? secondReader.person : jointOffice.person),
);

export const caseClosed: CaseClosed = { type: 'case-closed', data: { caseId, reason: 'Violence ended with the power-sharing agreement' } };
