import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@rtop/testing';
import { caseIndexStreamId } from '../../libs/accountability/src/timeline/timeline-streams';
import { Standalone, startStandalone } from '../standalone/standalone-harness';
import { withHeadlessChromium } from './headless-chromium';

/**
 * The auditors' timeline page as a browser shows it: a real case driven through the standalone
 * app over HTTP, the auditor signing in and reading the page in headless Chromium (Debian's
 * `chromium`, which CI installs).
 */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
/** Kept after the run, so a person can look at what the browser drew. */
const SCREENSHOT = join(tmpdir(), 'rtop-timeline-page.png');
/** Each context that keeps cases notes one when it is opened; the Secretary-General, in two streams (cases and responses). */
const CASE_NOTES = 7;

const kenya = {
  situation: 'Kenya, post-election violence',
  crimes: [{ crime: 'crimes-against-humanity', incitement: true }],
  summary: 'Violence after the disputed presidential election of 27 December 2007',
};
const report = {
  source: { name: 'Jane Witness', protected: true },
  channel: 'un-field-presence',
  credibility: 2,
  observedAt: '2008-01-01T12:00:00Z',
  location: 'Eldoret, Rift Valley',
  riskFactors: [8, 11],
  summary: 'Church sheltering displaced families set on fire',
};
const assessmentOn = (reportId: string) => ({
  risks: [
    {
      crime: 'crimes-against-humanity',
      level: 'high',
      findings: [{ indicator: '8.7', finding: 'Incitement against one community', reportIds: [reportId] }],
      rationale: 'Organised attacks',
    },
  ],
  summary: 'High risk of crimes against humanity in the Rift Valley',
});

describe('the timeline page in headless Chromium', () => {
  let rtop: Standalone;
  let profile: string;
  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(
        `Chromium is not installed at ${CHROMIUM}: the timeline page test needs it (apt-get install -y chromium; or set CHROMIUM to its path)`,
      );
    }
    profile = mkdtempSync(join(tmpdir(), 'rtop-chromium-'));
    rtop = await startStandalone('pglite');
  }, 90_000);
  afterAll(async () => {
    await rtop.stop();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const jointOffice = () => rtop.as('un-joint-office', 'Special Adviser on the Prevention of Genocide');
  const secondReader = () => rtop.as('un-joint-office', 'Special Adviser on the Responsibility to Protect');
  const secretaryGeneral = () => rtop.as('un-secretary-general', 'Secretary-General');
  const auditor = () => rtop.as('un-joint-office', 'Auditor', 'auditor');

  /** Opened, reported, assessed, reviewed, issued, and sent by the Secretary-General to the Council, the Assembly and the AU PSC. */
  async function transmittedCase() {
    const opened = await jointOffice().post('/cases', kenya);
    expect(opened.status).toBe(201);
    const caseId = opened.body.caseId as string;
    const filed = await jointOffice().post(`/cases/${caseId}/reports`, report);
    expect(filed.status).toBe(201);
    const drafted = await jointOffice().post(`/cases/${caseId}/assessment-drafts`, assessmentOn(filed.body.reportId));
    expect(drafted.status).toBe(201);
    const assessmentId = drafted.body.assessmentId as string;
    for (const step of drafted.body.reviewChecklist as string[]) {
      const reviewer = step === 'second-reader' ? secondReader() : jointOffice();
      expect((await reviewer.post(`/cases/${caseId}/assessment-drafts/${assessmentId}/review-steps`, { step })).status).toBe(201);
    }
    expect((await jointOffice().post(`/cases/${caseId}/assessments`, { assessmentId })).status).toBe(201);
    const received = await eventually(async () => {
      const response = await secretaryGeneral().get(`/secretary-general/cases/${caseId}/assessments/${assessmentId}`);
      expect(response.status).toBe(200);
      return response.body;
    });
    const sent = await secretaryGeneral().post(`/secretary-general/cases/${caseId}/transmissions`, {
      assessmentId,
      recipients: ['un-security-council', 'un-general-assembly', 'au-psc'],
      content: received.content,
    });
    expect(sent.status).toBe(201);
    const timeline = await eventually(async () => {
      // The auditor reads every event, as the page an auditor opens draws them.
      const events = (await auditor().get(`/cases/${caseId}/timeline?limit=500`)).body.events as {
        type: string;
        context: string;
        recordedAt: string;
      }[];
      expect(events.filter((e) => ['assessment-placed-on-agenda', 'assessment-placed-before-body'].includes(e.type))).toHaveLength(3);
      // The accountability context follows each context's log on its own: the last placements may be
      // recorded before the Joint Office's issue or another context's note of the case.
      expect(events.map((e) => e.type)).toContain('assessment-issued');
      expect(events.filter((e) => e.type === 'case-noted')).toHaveLength(CASE_NOTES);
      return events;
    });
    return { caseId, timeline };
  }

  it('signs the auditor in with the token typed once, shows the case in one lane per body with the warning-response gap, replays it, and signs out; no token is ever in the page or an address', async () => {
    const { caseId, timeline } = await transmittedCase();
    const index = await (await rtop.storeOf('accountability')).readStream(caseIndexStreamId());
    expect(index.filter((e) => (e.data as { caseId: string }).caseId === caseId)).toHaveLength(1);
    const token = rtop.tokenFor('un-joint-office', 'Auditor', 'auditor');
    const pagePath = `/cases/${caseId}/timeline/page`;

    await withHeadlessChromium(CHROMIUM, profile, async (browser) => {
      // Given a browser sent to sign in on the way to the page,
      expect(await browser.open(`${rtop.baseUrl}/page-session?next=${encodeURIComponent(pagePath)}`)).toBe(200);
      // when the auditor types the token into the form and submits it,
      expect(await browser.typeAndSubmit('#token', token)).toBe(200);

      // then the page shows the case as the auditor may read it.
      const dom = await browser.html();
      const lanes = [...dom.matchAll(/data-lane="([^"]+)"/g)].map((m) => m[1]);
      expect(lanes).toEqual(
        expect.arrayContaining(['un-joint-office', 'un-secretary-general', 'un-security-council', 'un-general-assembly', 'au-psc']),
      );
      expect(lanes.slice(0, 2)).toEqual(['un-joint-office', 'un-secretary-general']);
      const drawn = [...dom.matchAll(/<g class="event [a-z-]+" data-type="([^"]+)"/g)].map((m) => m[1]);
      expect(drawn).toHaveLength(timeline.length);
      expect(drawn).toEqual(
        expect.arrayContaining([
          'case-opened',
          'information-report-filed',
          'assessment-issued',
          'assessment-received',
          'assessment-transmitted',
        ]),
      );
      expect(dom).toContain('Kenya, post-election violence');
      expect(dom).toContain('3 of 3 warnings led to no decision.');
      expect(dom.match(/<td class="status">open [^<]*, no decision<\/td>/g)).toHaveLength(3);
      expect(dom).toMatch(
        /<th scope="row">First transmission by the Secretary-General<\/th><td>[\d-]+ [\d:]+<\/td><td class="num">[^<]+<\/td>/,
      );
      expect(dom).toMatch(/Signed in until [\d-]+ [\d:]+ UTC\./);
      expect(dom).not.toContain('Jane Witness');
      expect(dom).not.toContain(token);

      rmSync(SCREENSHOT, { force: true });
      writeFileSync(SCREENSHOT, await browser.screenshot(1400, 1600));
      expect(statSync(SCREENSHOT).size).toBeGreaterThan(20_000);

      // As it stood before the assessment was issued, through the page's own replay form: nothing transmitted, no gap yet.
      const issued = timeline.find((e) => e.type === 'assessment-issued')!;
      const before = new Date(Date.parse(issued.recordedAt) - 1).toISOString();
      expect(await browser.typeAndSubmit('input[name="asOf"]', before)).toBe(200);
      const past = await browser.html();
      expect([...past.matchAll(/data-type="([^"]+)"/g)].map((m) => m[1])).not.toContain('assessment-issued');
      expect(past).toContain('No assessment has been transmitted to an organ yet.');
      expect(past).not.toContain(token);

      // Signed out, the browser is back at the form, and the page refuses it.
      expect(await browser.press('form.sign-out button')).toBe(200);
      expect(await browser.html()).toContain('name="token" type="password"');
      expect(await browser.open(`${rtop.baseUrl}${pagePath}`)).toBe(401);

      expect(browser.requestedUrls).toEqual(
        expect.arrayContaining([`${rtop.baseUrl}/page-session`, `${rtop.baseUrl}${pagePath}`, `${rtop.baseUrl}/page-session/end`]),
      );
      expect(browser.requestedUrls.filter((url) => url.includes(token) || /[?&]token=/.test(url))).toEqual([]);
    });
  }, 240_000);
});
