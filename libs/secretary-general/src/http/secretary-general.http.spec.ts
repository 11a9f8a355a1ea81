import { randomUUID } from 'node:crypto';
import { Actor, contentDigest } from '@rtop/kernel';
import { eventually } from '@rtop/testing';
import { Standalone, startStandalone } from '../../../../test/standalone/standalone-harness';

const jointOffice: Actor = { body: 'un-joint-office', person: 'adviser-1', role: 'special-adviser' };
const DAY_MS = 86_400_000;

describe('the Secretary-General over HTTP: Art. 99, good offices, the standing group and responses', () => {
  let rtop: Standalone;
  beforeAll(async () => {
    rtop = await startStandalone('pglite');
  }, 60_000);
  afterAll(async () => {
    await rtop.stop();
  });

  const sg = () => rtop.as('un-secretary-general', 'sg');
  const dpa = () => rtop.as('un-dpa', 'usg-dpa');

  /**
   * An assessment the Joint Office has issued, as its published `assessment-issued` event: written
   * to the Joint Office's store so that it reaches the Secretary-General by the log, as in a run.
   */
  /** Given: a case the Joint Office opened (its `case-opened` written to its store), once the Secretary-General noted it in its file and its responses. */
  async function openedCase(): Promise<string> {
    const caseId = randomUUID();
    const metadata = { caseId, context: 'focal-point', schemaVersion: 1, actor: jointOffice, occurredAt: new Date().toISOString() };
    const data = {
      caseId,
      situation: 'Kenya, post-election violence',
      crimes: [{ crime: 'crimes-against-humanity', incitement: false }],
      summary: 's',
    };
    await (
      await rtop.storeOf('focal-point')
    ).append(`focal-point-case-${caseId}`, [{ eventId: randomUUID(), type: 'case-opened', data, metadata }], 'any');
    const store = await rtop.storeOf('secretary-general');
    for (const streamId of [`secretary-general-case-${caseId}`, `secretary-general-responses-${caseId}`]) {
      await eventually(async () => expect((await store.readStream(streamId)).map((e) => e.type)).toContain('case-noted'));
    }
    return caseId;
  }

  async function assessmentBeforeTheSecretaryGeneral(level: string) {
    const caseId = randomUUID();
    const assessmentId = randomUUID();
    const content = {
      assessmentId,
      caseId,
      situation: 'Kenya, post-election violence',
      risks: [{ crime: 'crimes-against-humanity', level, rationale: 'Organised attacks' }],
      summary: 'Risk of crimes against humanity in the Rift Valley',
      issuedAt: new Date().toISOString(),
    };
    const metadata = { caseId, context: 'focal-point', schemaVersion: 1, actor: jointOffice, occurredAt: new Date().toISOString() };
    const store = await rtop.storeOf('focal-point');
    await store.append(
      `focal-point-case-${caseId}`,
      [{ eventId: randomUUID(), type: 'assessment-issued', data: { content, contentDigest: contentDigest(content) }, metadata }],
      'any',
    );
    await eventually(async () =>
      expect((await sg().get(`/secretary-general/cases/${caseId}/assessments/${assessmentId}`)).status).toBe(200),
    );
    return { caseId, assessmentId, content, digest: contentDigest(content) };
  }

  it('brings a matter to the Council under Art. 99, the Secretary-General’s alone', async () => {
    const caseId = await openedCase();
    const sent = await sg().post(`/secretary-general/cases/${caseId}/article-99-notifications`, {
      summary: 'A threat to international peace and security',
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ caseId, summary: 'A threat to international peace and security' });
    expect(sent.headers.get('etag')).toBe('"1"');

    const refused = await rtop.as('un-joint-office').post(`/secretary-general/cases/${caseId}/article-99-notifications`, { summary: 'x' });
    expect(refused.status).toBe(403);
    expect(refused.body.rule).toBe('remit');
    const blank = await sg().post(`/secretary-general/cases/${caseId}/article-99-notifications`, { summary: ' ' });
    expect(blank).toMatchObject({ status: 400, body: { rule: 'article-99-states-the-matter' } });

    // The record is read from a model that follows the store: it shows the notification once caught up.
    const record = await eventually(async () => {
      const read = await sg().get(`/secretary-general/cases/${caseId}`);
      expect(read.headers.get('etag')).toBe('"1"');
      return read;
    });
    expect(record.body.article99Notifications).toEqual([{ caseId, notificationId: sent.body.notificationId, summary: sent.body.summary }]);
  });

  it('offers good offices and dispatches an envoy to carry them', async () => {
    const caseId = await openedCase();
    const offer = await sg().post(`/secretary-general/cases/${caseId}/good-offices`, {
      parties: ['Government', 'Opposition'],
      mandate: 'End the violence',
    });
    expect(offer.status).toBe(201);
    const envoy = await sg().post(`/secretary-general/cases/${caseId}/special-envoys`, {
      offerId: offer.body.offerId,
      envoy: 'A. Envoy',
      mandate: 'Mediate',
    });
    expect(envoy.status).toBe(201);
    const stray = await sg().post(`/secretary-general/cases/${caseId}/special-envoys`, {
      offerId: 'no-such-offer',
      envoy: 'B. Envoy',
      mandate: 'Mediate',
    });
    expect(stray).toMatchObject({ status: 404, body: { rule: 'envoy-carries-good-offices' } });
  });

  it('answers a retried good offices offer with its first outcome, and refuses the key reused for another offer', async () => {
    const caseId = await openedCase();
    const offer = { parties: ['Government', 'Opposition'], mandate: 'End the violence' };
    const first = await sg().post(`/secretary-general/cases/${caseId}/good-offices`, offer, { 'idempotency-key': 'offer-1' });
    expect(first).toMatchObject({ status: 201, body: { caseId, revision: '1' } });
    expect(first.headers.get('etag')).toBe('"1"');
    const again = await sg().post(`/secretary-general/cases/${caseId}/good-offices`, offer, { 'idempotency-key': 'offer-1' });
    expect(again).toMatchObject({ status: 201, body: { offerId: first.body.offerId, revision: '1' } });
    const other = await sg().post(
      `/secretary-general/cases/${caseId}/good-offices`,
      { ...offer, mandate: 'Another' },
      { 'idempotency-key': 'offer-1' },
    );
    expect(other).toMatchObject({ status: 422, body: { rule: 'idempotency-key-reused' } });
    const stale = await sg().post(`/secretary-general/cases/${caseId}/good-offices`, { ...offer, mandate: 'Later' }, { 'if-match': '"5"' });
    expect(stale).toMatchObject({ status: 409, body: { rule: 'optimistic-concurrency' } });
  });

  it('convenes the standing group at the verge of manifest failure; its options answer the assessment as received', async () => {
    const { caseId, assessmentId, content, digest } = await assessmentBeforeTheSecretaryGeneral('very-high');
    const base = `/secretary-general/cases/${caseId}`;
    const members = ['un-dpa', 'un-dpko', 'un-ocha', 'un-ohchr', 'un-undp', 'un-unhcr', 'un-unicef'];

    const tooEarly = await sg().post(`${base}/standing-group`, { findingId: 'none', members });
    expect(tooEarly).toMatchObject({ status: 422, body: { rule: 'standing-group-at-verge-of-manifest-failure' } });

    const finding = await sg().post(`${base}/verge-of-manifest-failure-findings`, {
      assessmentId,
      reasons: 'Police overwhelmed; attacks spreading',
    });
    expect(finding.status).toBe(201);
    expect(finding.body.crimesAtHighRisk).toEqual([{ crime: 'crimes-against-humanity', level: 'very-high' }]);

    const convened = await sg().post(`${base}/standing-group`, { findingId: finding.body.findingId, members });
    expect(convened.status).toBe(201);
    expect(convened.body).toMatchObject({ members, meetingCadenceDays: 7 });

    const meeting = await sg().post(`${base}/standing-group/meetings`, { attendees: ['un-dpa', 'un-ocha'] });
    expect(meeting.status).toBe(201);
    const option = {
      meetingId: meeting.body.meetingId,
      pillar: 'II',
      description: 'Mediation support team',
      coercive: false,
      assessmentId,
      assessmentDigest: digest,
    };
    const tabled = await dpa().post(`${base}/standing-group/options`, { ...option, assessmentContent: content });
    expect(tabled.status).toBe(201);
    expect(tabled.body).toMatchObject({ proposedBy: 'un-dpa', assessmentDigest: digest });

    const before = await rtop.settledEventCount();
    const softened = { ...content, risks: [{ ...content.risks[0], level: 'moderate' }] };
    const filtered = await dpa().post(`${base}/standing-group/options`, { ...option, assessmentContent: softened });
    expect(filtered).toMatchObject({ status: 422, body: { rule: 'standing-group-never-filters-the-assessment' } });
    const otherDigest = await dpa().post(`${base}/standing-group/options`, { ...option, assessmentDigest: contentDigest(softened) });
    expect(otherDigest).toMatchObject({ status: 422, body: { rule: 'standing-group-never-filters-the-assessment' } });
    const outsider = await rtop.as('au-psc').post(`${base}/standing-group/options`, option);
    expect(outsider).toMatchObject({ status: 403, body: { rule: 'remit' } });
    expect(await rtop.settledEventCount()).toBe(before);

    const recommended = await sg().post(`${base}/recommendations`, {
      recipient: 'un-security-council',
      content: 'Support mediation',
      optionIds: [tabled.body.optionId],
    });
    expect(recommended.status).toBe(201);

    const group = await eventually(async () => {
      const read = await sg().get(`${base}/standing-group`);
      expect(read.status).toBe(200);
      expect(read.body.options.II).toHaveLength(1);
      return read;
    });
    expect(group.body.overdueNow).toEqual([]);

    const eightDaysOn = new Date(Date.now() + 8 * DAY_MS).toISOString();
    const overdue = await sg().get(`${base}/standing-group/overdue-meetings?asOf=${eightDaysOn}`);
    expect(overdue.status).toBe(200);
    expect(overdue.body).toEqual([
      { dueBy: new Date(Date.parse(meeting.body.heldAt) + 7 * DAY_MS).toISOString(), lastMetAt: meeting.body.heldAt },
    ]);
    for (const asOf of ['1 2 3', '99999-01-01', 'next week'])
      expect(await sg().get(`${base}/standing-group/overdue-meetings?asOf=${encodeURIComponent(asOf)}`)).toMatchObject({
        status: 400,
        body: { rule: 'iso-8601-instant' },
      });
    const checked = await sg().post(`${base}/standing-group/overdue-meetings`, {});
    expect(checked).toMatchObject({ status: 201, body: { overdue: [] } });
  });

  it('refuses a standing group finding on an assessment below high risk', async () => {
    const { caseId, assessmentId } = await assessmentBeforeTheSecretaryGeneral('moderate');
    const finding = await sg().post(`/secretary-general/cases/${caseId}/verge-of-manifest-failure-findings`, {
      assessmentId,
      reasons: 'Worrying',
    });
    expect(finding).toMatchObject({ status: 422, body: { rule: 'verge-of-manifest-failure-rests-on-high-risk' } });
  });

  it('registers a measure only on a decision noted for it, and refuses coercion outside pillar III', async () => {
    const base = `/secretary-general/cases/${await openedCase()}/responses`;
    const measure = {
      pillar: 'II',
      coercive: false,
      description: 'Mediation support',
      authorisation: { kind: 'state-request-or-consent', state: 'KEN', requestOrConsentId: 'request-1' },
      implementingBody: 'un-undp',
    };
    expect(await sg().post(`${base}/measures`, measure)).toMatchObject({ status: 422, body: { rule: 'authorising-decision-noted' } });
    expect(await sg().post(`${base}/measures`, { ...measure, coercive: true })).toMatchObject({
      status: 422,
      body: { rule: 'coercion-only-under-pillar-iii' },
    });
    expect((await sg().post(`${base}/measures`, { ...measure, authorisation: { kind: 'state-request-or-consent' } })).status).toBe(400);
    expect(await rtop.as('un-undp').post(`${base}/measures`, measure)).toMatchObject({ status: 403, body: { rule: 'remit' } });
    const view = await sg().get(base);
    expect(view.body).toMatchObject({ councilDecisions: [], measures: [], revision: '0' });
  });

  it('shows its records to the Secretary-General, the standing group and auditors; to anyone else the case does not exist', async () => {
    const { caseId, assessmentId } = await assessmentBeforeTheSecretaryGeneral('very-high');
    const base = `/secretary-general/cases/${caseId}`;
    const finding = await sg().post(`${base}/verge-of-manifest-failure-findings`, { assessmentId, reasons: 'Attacks spreading' });
    expect((await sg().post(`${base}/standing-group`, { findingId: finding.body.findingId, members: ['un-dpa', 'un-ohchr'] })).status).toBe(
      201,
    );
    const reads = [
      base,
      `${base}/assessments/${assessmentId}`,
      `${base}/standing-group`,
      `${base}/standing-group/overdue-meetings`,
      `${base}/responses`,
    ];
    const asSeen = await eventually(async () => {
      const read = await sg().get(`${base}/standing-group`);
      expect(read.status).toBe(200);
      return read;
    });

    for (const reader of [dpa(), rtop.as('un-unicef'), rtop.as('igad', 'auditor-1', 'auditor')]) {
      for (const path of reads) expect((await reader.get(path)).status).toBe(200);
      const group = await reader.get(`${base}/standing-group`);
      expect(group.headers.get('etag')).toBe(asSeen.headers.get('etag'));
    }
    const other = `/secretary-general/cases/${randomUUID()}`;
    for (const body of ['un-joint-office', 'un-security-council', 'au-psc', 'member-state:KEN'] as const) {
      for (const path of [...reads, `${base}/responses/measures/m-1`, other, `${other}/responses`]) {
        expect(await rtop.as(body).get(path)).toMatchObject({ status: 404, body: { rule: 'case-exists' } });
      }
    }
  });

  it('documents every operation with its refusals', async () => {
    const document = (await rtop.anonymous.get('/docs-json')).body;
    const responses = (path: string, method: 'get' | 'post') => Object.keys(document.paths[path][method].responses);
    const base = '/secretary-general/cases/{caseId}';
    expect(responses(`${base}/article-99-notifications`, 'post')).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409']));
    expect(responses(`${base}/special-envoys`, 'post')).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409']));
    expect(responses(`${base}/standing-group`, 'post')).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409', '422']));
    expect(responses(`${base}/standing-group/options`, 'post')).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '409', '422']),
    );
    expect(responses(`${base}/responses/measures`, 'post')).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '409', '422']),
    );
    expect(responses(`${base}/responses/measures/{measureId}/status`, 'post')).toEqual(
      expect.arrayContaining(['201', '400', '401', '403', '404', '409']),
    );
    const headers = (path: string) =>
      document.paths[path].post.parameters
        .filter((p: { in: string }) => p.in === 'header')
        .map((p: { name: string; required: boolean }) => [p.name, p.required]);
    for (const write of [
      `${base}/transmissions`,
      `${base}/good-offices`,
      `${base}/standing-group/overdue-meetings`,
      `${base}/responses/measures/{measureId}/outcomes`,
    ]) {
      expect(headers(write)).toEqual(
        expect.arrayContaining([
          ['If-Match', false],
          ['Idempotency-Key', false],
        ]),
      );
      expect(responses(write, 'post')).toContain('422');
    }
    for (const path of [
      base,
      `${base}/assessments/{assessmentId}`,
      `${base}/standing-group`,
      `${base}/standing-group/overdue-meetings`,
      `${base}/responses`,
      `${base}/responses/measures/{measureId}`,
    ]) {
      expect(document.paths[path].get['x-read-policy']).toMatch(/^Secretary-General, the standing group/);
      expect(responses(path, 'get')).toContain('404');
    }
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        base,
        `${base}/good-offices`,
        `${base}/recommendations`,
        `${base}/verge-of-manifest-failure-findings`,
        `${base}/standing-group/meetings`,
        `${base}/standing-group/overdue-meetings`,
        `${base}/responses`,
        `${base}/responses/measures/{measureId}`,
        `${base}/responses/measures/{measureId}/outcomes`,
      ]),
    );
  });
});
