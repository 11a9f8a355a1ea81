import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Body } from '@rtop/kernel';
import { KAFKA_BROKERS, TestDatabase, createTestDatabase, eventually, httpClient } from '@rtop/testing';
import { OtlpReceiver } from './otlp-receiver';
import { ServiceProcess, freePort } from './service-processes';

const SERVICES = ['focal-point', 'secretary-general', 'security-council'] as const;
type Service = (typeof SERVICES)[number];

/**
 * The Joint Office's, the Secretary-General's and the Council's services as processes of their
 * own, exporting their spans over OTLP to a collector of this spec's. A caller's W3C
 * `traceparent` goes into the events its request records, onto Kafka with them, and on into the
 * reactions of the other services.
 */
describe('one trace across services, from the Joint Office’s request to the Council’s agenda', () => {
  const work = mkdtempSync(join(tmpdir(), 'rtop-trace-'));
  const namespace = `trace-${randomBytes(4).toString('hex')}`;
  const keys = loadDeploymentKeys(join(work, 'keys'), {});
  const databases: TestDatabase[] = [];
  const services = new Map<Service, ServiceProcess>();
  let collector: OtlpReceiver;

  /** The trace the spec works in, as a caller's own: every request it sends is a span of its own in it. */
  const traceId = randomBytes(16).toString('hex');
  const inTheTrace = () => {
    const spanId = randomBytes(8).toString('hex');
    return { spanId, headers: { traceparent: `00-${traceId}-${spanId}-01` } };
  };
  const as = (service: Service, body: Body, person: string) =>
    httpClient(services.get(service)!.url, mintToken(keys.tokenPrivateKey!, { body, person, role: 'officer' }));
  /** Where the span of `service` named `name` in the spec's trace leads back to, once it has been exported. */
  const ancestryOf = (service: string, name: string) =>
    eventually(() => {
      const span = collector.spans.find((s) => s.traceId === traceId && s.service === service && s.name === name);
      expect(span).toBeDefined();
      return collector.ancestry(span!);
    }, 30_000);

  beforeAll(async () => {
    collector = await OtlpReceiver.start();
    for (const service of SERVICES) {
      const database = await createTestDatabase();
      databases.push(database);
      const env = {
        KAFKA_BROKERS: KAFKA_BROKERS.join(','),
        RTOP_LOG_NAMESPACE: namespace,
        DATABASE_URL: database.url,
        RTOP_KEYS_DIR: join(work, 'keys'),
        RTOP_DATA_DIR: join(work, service),
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
        // Spans leave a process a tenth of a second after they end rather than five seconds.
        OTEL_BSP_SCHEDULE_DELAY: '100',
      };
      services.set(service, new ServiceProcess(service, await freePort(), env, work));
    }
    await Promise.all([...services.values()].map((service) => service.start()));
  }, 240_000);

  afterAll(async () => {
    await Promise.all([...services.values()].map((service) => service.stop()));
    await Promise.all(databases.map((database) => database.drop()));
    await collector.close();
    if (process.env.RTOP_E2E_KEEP_LOGS) console.log(`service logs kept in ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }, 120_000);

  it('carries the trace id of each request into the spans of the services that react to it, in other processes', async () => {
    const jointOffice = as('focal-point', 'un-joint-office', 'Special Adviser on the Prevention of Genocide');
    const opening = inTheTrace();
    const opened = await jointOffice.post(
      '/cases',
      {
        situation: 'Kenya, post-election violence',
        crimes: [{ crime: 'crimes-against-humanity', incitement: true }],
        summary: 'Violence after the disputed presidential election of 27 December 2007',
      },
      opening.headers,
    );
    expect(opened.status).toBe(201);
    const caseId = opened.body.caseId as string;
    const filed = await jointOffice.post(
      `/cases/${caseId}/reports`,
      {
        source: { name: 'Kenya National Commission on Human Rights', protected: false },
        channel: 'ngo',
        credibility: 2,
        observedAt: '2008-01-01T12:00:00Z',
        location: 'Eldoret, Rift Valley',
        riskFactors: [8, 11],
        summary: 'Church sheltering displaced families set on fire',
      },
      inTheTrace().headers,
    );
    expect(filed.status).toBe(201);
    const drafted = await jointOffice.post(
      `/cases/${caseId}/assessment-drafts`,
      {
        risks: [
          {
            crime: 'crimes-against-humanity',
            level: 'high',
            findings: [{ indicator: '11.1', finding: 'Attacks on civilians of one community', reportIds: [filed.body.reportId] }],
            rationale: 'Organised attacks',
          },
        ],
        summary: 'High risk of crimes against humanity in the Rift Valley',
      },
      inTheTrace().headers,
    );
    expect(drafted.status).toBe(201);
    const assessmentId = drafted.body.assessmentId as string;
    for (const step of drafted.body.reviewChecklist as string[]) {
      const reviewer = as(
        'focal-point',
        'un-joint-office',
        step === 'second-reader' ? 'Special Adviser on the Responsibility to Protect' : 'Special Adviser on the Prevention of Genocide',
      );
      const reviewed = await reviewer.post(
        `/cases/${caseId}/assessment-drafts/${assessmentId}/review-steps`,
        { step },
        inTheTrace().headers,
      );
      expect(reviewed.status).toBe(201);
    }
    const issuing = inTheTrace();
    expect((await jointOffice.post(`/cases/${caseId}/assessments`, { assessmentId }, issuing.headers)).status).toBe(201);

    // The Secretary-General's transmission is an act of its own, a request of its own: the
    // caller carries the trace on to it, as any caller's traceparent does.
    const secretaryGeneral = as('secretary-general', 'un-secretary-general', 'Secretary-General');
    const received = await eventually(async () => {
      const response = await secretaryGeneral.get(`/secretary-general/cases/${caseId}/assessments/${assessmentId}`);
      expect(response.status).toBe(200);
      return response.body;
    }, 60_000);
    const transmitting = inTheTrace();
    const transmitted = await secretaryGeneral.post(
      `/secretary-general/cases/${caseId}/transmissions`,
      { assessmentId, recipients: ['un-security-council'], content: received.content },
      transmitting.headers,
    );
    expect(transmitted.status).toBe(201);

    const council = as('security-council', 'un-security-council', 'President of the Council');
    await eventually(async () => {
      const response = await council.get(`/security-council/cases/${caseId}`);
      expect(response.body.agenda).toHaveLength(1);
    }, 60_000);

    expect(await ancestryOf('rtop-security-council', 'security-council.note-case-when-opened reacts to focal-point/case-opened')).toEqual({
      spans: [
        'rtop-security-council: security-council.note-case-when-opened reacts to focal-point/case-opened',
        'rtop-focal-point: POST /cases',
      ],
      endsAt: opening.spanId,
    });
    expect(
      await ancestryOf(
        'rtop-secretary-general',
        'secretary-general.receive-assessment-when-issued reacts to focal-point/assessment-issued',
      ),
    ).toEqual({
      spans: [
        'rtop-secretary-general: secretary-general.receive-assessment-when-issued reacts to focal-point/assessment-issued',
        'rtop-focal-point: POST /cases/:caseId/assessments',
      ],
      endsAt: issuing.spanId,
    });
    expect(
      await ancestryOf(
        'rtop-security-council',
        'security-council.note-assessment-when-transmitted-to-council reacts to secretary-general/assessment-transmitted',
      ),
    ).toEqual({
      spans: [
        'rtop-security-council: security-council.note-assessment-when-transmitted-to-council reacts to secretary-general/assessment-transmitted',
        'rtop-secretary-general: POST /secretary-general/cases/:caseId/transmissions',
      ],
      endsAt: transmitting.spanId,
    });
  }, 300_000);
});
