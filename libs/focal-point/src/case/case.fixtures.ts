import { Actor } from '@rtop/kernel';
import { CaseOpened, InformationReportFiled } from './case-events';
import { InformationReport } from './information-report';

export const jointOffice: Actor = { body: 'un-joint-office', person: 'adviser-1', role: 'special-adviser' };
export const securityCouncil: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
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
  observedAt: '2008-01-01T12:00:00.000Z',
  location: 'Eldoret, Rift Valley',
  riskFactors: [8, 11],
  summary: 'Church sheltering displaced families set on fire',
};

export const reportFiled: InformationReportFiled = { type: 'information-report-filed', data: report };
