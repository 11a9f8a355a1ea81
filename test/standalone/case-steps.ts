import { KENYA, PROTECTED_REPORT, assessmentOn, eventually } from '@rtop/testing';
import { Standalone } from './standalone-harness';

/**
 * The people most standalone specs act as, and the first steps those specs take a case through
 * over HTTP before the steps they are about: opened, reported on, assessed, reviewed, issued, and
 * received by the Secretary-General through the event log.
 */

/** The Special Adviser who opens the case, files its reports and drafts its assessment. */
export const jointOffice = (rtop: Standalone) => rtop.as('un-joint-office', 'Special Adviser on the Prevention of Genocide');
/** The review's second reader is another person than the drafter. */
export const secondReader = (rtop: Standalone) => rtop.as('un-joint-office', 'Special Adviser on the Responsibility to Protect');
export const secretaryGeneral = (rtop: Standalone) => rtop.as('un-secretary-general', 'Secretary-General');
/** Reads every event of a case; the Secretary-General reads only what reached it (docs/read-policy.md). */
export const auditor = (rtop: Standalone) => rtop.as('un-joint-office', 'Auditor', 'auditor');

/** Kenya opened by the Joint Office, with one report filed. */
export async function caseWithReport(rtop: Standalone, report: object = PROTECTED_REPORT): Promise<{ caseId: string; reportId: string }> {
  const opened = await jointOffice(rtop).post('/cases', KENYA);
  expect(opened.status).toBe(201);
  const caseId = opened.body.caseId as string;
  const filed = await jointOffice(rtop).post(`/cases/${caseId}/reports`, report);
  expect(filed.status).toBe(201);
  return { caseId, reportId: filed.body.reportId as string };
}

/** An assessment drafted and through every step of its review, ready to issue. */
export async function reviewedDraft(rtop: Standalone, caseId: string, draft: object): Promise<{ assessmentId: string }> {
  const drafted = await jointOffice(rtop).post(`/cases/${caseId}/assessment-drafts`, draft);
  expect(drafted.status).toBe(201);
  const assessmentId = drafted.body.assessmentId as string;
  for (const step of drafted.body.reviewChecklist as string[]) {
    const reviewer = step === 'second-reader' ? secondReader(rtop) : jointOffice(rtop);
    expect((await reviewer.post(`/cases/${caseId}/assessment-drafts/${assessmentId}/review-steps`, { step })).status).toBe(201);
  }
  return { assessmentId };
}

/** Kenya reported on, assessed, reviewed and issued; then the assessment as issued, and as the Secretary-General received it. */
export async function receivedAssessment(rtop: Standalone, report: object = PROTECTED_REPORT) {
  const { caseId, reportId } = await caseWithReport(rtop, report);
  const { assessmentId } = await reviewedDraft(rtop, caseId, assessmentOn(reportId));
  const issued = await jointOffice(rtop).post(`/cases/${caseId}/assessments`, { assessmentId });
  expect(issued.status).toBe(201);
  const received = await eventually(async () => {
    const response = await secretaryGeneral(rtop).get(`/secretary-general/cases/${caseId}/assessments/${assessmentId}`);
    expect(response.status).toBe(200);
    return response.body;
  });
  return { caseId, assessmentId, issued: issued.body, received };
}
