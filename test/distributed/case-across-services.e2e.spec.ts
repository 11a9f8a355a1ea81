import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Body } from '@rtop/kernel';
import { KAFKA_BROKERS, TestDatabase, createTestDatabase, eventually, httpClient } from '@rtop/testing';
import { LiaisonOffice, ServiceProcess, freePort } from './service-processes';

const SERVICES = ['focal-point', 'secretary-general', 'security-council', 'accountability', 'subscription-gateway'] as const;
type Service = (typeof SERVICES)[number];

/**
 * The contexts as separate processes on PostgreSQL (a database each) and a real Kafka broker:
 * a case goes from reports to an assessment, its transmission and a Council agenda item, while
 * services are killed and restarted; every service and a liaison office converge, with nothing
 * lost and nothing counted twice.
 */
describe('a case across services on PostgreSQL and Kafka', () => {
  const work = mkdtempSync(join(tmpdir(), 'rtop-e2e-'));
  const namespace = `e2e-${randomBytes(4).toString('hex')}`;
  const keys = loadDeploymentKeys(join(work, 'keys'), {});
  const databases = new Map<Service, TestDatabase>();
  const services = new Map<Service, ServiceProcess>();
  const logEnv = { KAFKA_BROKERS: KAFKA_BROKERS.join(','), RTOP_LOG_NAMESPACE: namespace };
  const office = new LiaisonOffice('au-psc', logEnv, join(work, 'au-psc.ids'));

  const as = (service: Service, body: Body, person = `${body} officer`) =>
    httpClient(services.get(service)!.url, mintToken(keys.tokenPrivateKey!, { body, person, role: 'officer' }));

  beforeAll(async () => {
    for (const service of SERVICES) {
      const database = await createTestDatabase();
      databases.set(service, database);
      const env = { ...logEnv, DATABASE_URL: database.url, RTOP_KEYS_DIR: join(work, 'keys'), RTOP_DATA_DIR: join(work, service) };
      services.set(service, new ServiceProcess(service, await freePort(), env, work));
    }
    await Promise.all([...services.values()].map((s) => s.start()));
    office.start();
  }, 240_000);

  afterAll(async () => {
    await office.crash();
    await Promise.all([...services.values()].map((s) => s.stop()));
    await Promise.all([...databases.values()].map((d) => d.drop()));
    if (process.env.RTOP_E2E_KEEP_LOGS) console.log(`service logs kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }, 120_000);

  it('carries the case to the Council’s agenda and the AU’s liaison office, through crashes, exactly once', async () => {
    const jointOffice = as('focal-point', 'un-joint-office', 'Special Adviser on the Prevention of Genocide');
    const opened = await jointOffice.post('/cases', {
      situation: 'Kenya, post-election violence',
      crimes: [{ crime: 'crimes-against-humanity', incitement: true }],
      summary: 'Violence after the disputed presidential election of 27 December 2007',
    });
    expect(opened.status).toBe(201);
    const caseId = opened.body.caseId as string;
    const filed = await jointOffice.post(`/cases/${caseId}/reports`, {
      source: { name: 'Kenya National Commission on Human Rights', protected: false },
      channel: 'ngo',
      credibility: 2,
      observedAt: '2008-01-01T12:00:00Z',
      location: 'Eldoret, Rift Valley',
      riskFactors: [8, 11],
      summary: 'Church sheltering displaced families set on fire',
    });
    expect(filed.status).toBe(201);
    const drafted = await jointOffice.post(`/cases/${caseId}/assessment-drafts`, {
      risks: [
        {
          crime: 'crimes-against-humanity',
          level: 'high',
          findings: [{ indicator: '11.1', finding: 'Attacks on civilians of one community', reportIds: [filed.body.reportId] }],
          rationale: 'Organised attacks',
        },
      ],
      summary: 'High risk of crimes against humanity in the Rift Valley',
    });
    expect(drafted.status).toBe(201);
    const assessmentId = drafted.body.assessmentId as string;
    for (const step of drafted.body.reviewChecklist as string[]) {
      const reviewer = as(
        'focal-point',
        'un-joint-office',
        step === 'second-reader' ? 'Special Adviser on the Responsibility to Protect' : 'Special Adviser on the Prevention of Genocide',
      );
      expect((await reviewer.post(`/cases/${caseId}/assessment-drafts/${assessmentId}/review-steps`, { step })).status).toBe(201);
    }

    // The Council's service is down when the assessment is issued and transmitted.
    await services.get('security-council')!.crash();
    expect((await jointOffice.post(`/cases/${caseId}/assessments`, { assessmentId })).status).toBe(201);

    const secretaryGeneral = as('secretary-general', 'un-secretary-general', 'Secretary-General');
    const received = await eventually(async () => {
      const response = await secretaryGeneral.get(`/secretary-general/cases/${caseId}/assessments/${assessmentId}`);
      expect(response.status).toBe(200);
      return response.body;
    }, 60_000);
    const transmitted = await secretaryGeneral.post(`/secretary-general/cases/${caseId}/transmissions`, {
      assessmentId,
      recipients: ['un-security-council', 'au-psc'],
      content: received.content,
    });
    expect(transmitted.status).toBe(201);

    // The Secretary-General's service crashes right after acknowledging, perhaps before relaying.
    await services.get('secretary-general')!.crash();
    await office.crash();
    await services.get('secretary-general')!.start();
    await services.get('security-council')!.start();
    office.start();

    const council = as('security-council', 'un-security-council', 'President of the Council');
    const agenda = await eventually(async () => {
      const response = await council.get(`/security-council/cases/${caseId}`);
      expect(response.status).toBe(200);
      expect(response.body.agenda).toHaveLength(1);
      return response.body.agenda;
    }, 90_000);
    expect(agenda[0]).toMatchObject({
      assessmentId,
      transmissionId: transmitted.body.transmissionId,
      contentDigest: received.contentDigest,
    });

    await eventually(() => expect(office.received.filter((e) => e.caseId === caseId)).toHaveLength(1), 90_000);
    expect(office.received.find((e) => e.caseId === caseId)).toMatchObject({
      type: 'org.rtop.secretary-general.assessment-transmitted.v2',
    });

    const gatewayFeed = await as('subscription-gateway', 'au-psc', 'AU liaison officer').get('/liaison/au-psc/events');
    expect(gatewayFeed.body.events.filter((e: { caseId: string }) => e.caseId === caseId)).toHaveLength(1);

    const auditor = as('accountability', 'un-secretary-general');
    const timeline = await eventually(async () => {
      const response = await auditor.get(`/cases/${caseId}/timeline`);
      const types = (response.body.events ?? []).map((e: { context: string; type: string }) => `${e.context}/${e.type}`);
      expect(types).toEqual(
        expect.arrayContaining(['secretary-general/assessment-transmitted', 'security-council/assessment-placed-on-agenda']),
      );
      return response.body.events as { eventId: string; context: string; type: string }[];
    }, 90_000);
    expect(new Set(timeline.map((e) => e.eventId)).size).toBe(timeline.length);
    expect(timeline.filter((e) => e.type === 'assessment-issued')).toHaveLength(1);
    expect(timeline.filter((e) => e.type === 'assessment-received')).toHaveLength(1);
    expect(timeline.filter((e) => e.type === 'assessment-transmitted')).toHaveLength(1);
    expect(timeline.filter((e) => e.type === 'assessment-placed-on-agenda')).toHaveLength(1);
  }, 600_000);
});
