import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { EVENT_LOG, EventLog } from '@rtop/event-log';
import { EVENT_STORE, EventStore, SQL_SESSION, SqlEventStore, SqlSession, schemaOf } from '@rtop/event-store';
import { CommandContext } from '@rtop/http';
import { loadDeploymentKeys } from '@rtop/identity';
import { AUDITOR_ROLE, Actor, DomainError, contentDigest } from '@rtop/kernel';
import { ProjectionRegistry } from '@rtop/read-model';
import { platformModules } from '@rtop/service-host';
import { eventually } from '@rtop/testing';
import { Response } from 'express';
import { regionalCaseStreamId } from './application/regional-case-stream';
import { RegionalBodiesController } from './http/regional-bodies.controller';
import { RegionalBodiesModule } from './regional-bodies.module';

const caseId = 'c0ffee00-0000-4000-8000-0000000000a7';
const psc: Actor = { body: 'au-psc', person: 'chair', role: 'chairperson' };
const igad: Actor = { body: 'igad', person: 'cewarn', role: 'director' };
const council: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
const sg: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
const auditor: Actor = { body: 'un-joint-office', person: 'auditor-1', role: AUDITOR_ROLE };
const response = { setHeader: () => undefined } as unknown as Response;
/** A command as the edge would hand it over: by this actor, now, with no If-Match or Idempotency-Key. */
const by = (actor: Actor): CommandContext => ({ actor, at: new Date() });

/**
 * The module as a composition would run it, minus the network: the embedded store in a temporary
 * folder and the in-process log, with the Secretary-General and the Council standing in as producers.
 */
describe('the regional bodies module, in process', () => {
  let dataDir: string;
  let app: INestApplication;
  let controller: RegionalBodiesController;
  let store: EventStore;
  let producers: { council: EventStore; sg: EventStore };
  let sequence = 0;

  const publish = async (producer: EventStore, context: string, type: string, data: unknown, actor: Actor) => {
    sequence += 1;
    const eventId = `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
    const metadata = { caseId, context, schemaVersion: 1, actor, occurredAt: new Date().toISOString() };
    await producer.append(`${context}-case-${caseId}`, [{ eventId, type, data, metadata }], 'any');
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rtop-regional-bodies-'));
    @Module({
      imports: [
        ...platformModules({
          eventStore: { adapter: 'pglite', dataDir: join(dataDir, 'event-store') },
          eventLog: { kind: 'in-process' },
          keys: loadDeploymentKeys(dataDir, {}),
        }),
        RegionalBodiesModule,
      ],
    })
    class TestApp {}
    app = await NestFactory.create(TestApp, { logger: ['error'] });
    const session = app.get<SqlSession>(SQL_SESSION);
    const open = async (context: string) => {
      const producer = await SqlEventStore.open({ ...session, close: () => Promise.resolve() }, schemaOf(context));
      app.get<EventLog>(EVENT_LOG).attach(context, producer);
      return producer;
    };
    producers = { council: await open('security-council'), sg: await open('secretary-general') };
    await app.init();
    controller = app.get(RegionalBodiesController);
    store = app.get<EventStore>(EVENT_STORE, { strict: false });
  }, 120_000);

  afterAll(async () => {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('puts a transmitted assessment before the body and notes the Council’s authorisation, from the log', async () => {
    const content = { assessmentId: 'a-1', caseId, summary: 'High risk' };
    const transmitted = {
      transmissionId: 't-1',
      assessmentId: 'a-1',
      recipients: ['un-security-council', 'au-psc'],
      contentDigest: contentDigest(content),
      content,
    };
    await publish(producers.sg, 'secretary-general', 'assessment-transmitted', transmitted, sg);
    const authorised = {
      draftId: 'council-draft-1',
      caseId,
      chapter: 'VII',
      procedural: false,
      measures: [{ kind: 'regional-peace-operation', coercive: true }],
      authorisedBodies: ['au-psc'],
      manifestFailureDetermined: true,
    };
    await publish(producers.council, 'security-council', 'council-decision-adopted', authorised, council);

    const view = await eventually(async () => {
      const current = await controller.getCase('au-psc', caseId, psc, response);
      expect(current.authorisations).toHaveLength(1);
      return current;
    });
    expect(view.assessments).toMatchObject([{ transmissionId: 't-1', assessmentId: 'a-1', content }]);
    expect(view.authorisations).toMatchObject([{ councilDecisionId: 'council-draft-1', authorisesEnforcement: true }]);
  });

  it('adopts authorised enforcement action by consensus and publishes the decision', async () => {
    const { draftId } = await controller.tableDraft(
      'au-psc',
      caseId,
      { title: 'Deployment', text: 'Authorises a regional peace operation', coercive: true, councilDecisionId: 'council-draft-1' },
      by(psc),
    );
    const result = await controller.recordConsensusOutcome('au-psc', caseId, draftId!, { objections: [] }, by(psc));
    expect(result.events.map((e) => e.type)).toEqual(['consensus-reached', 'regional-decision-adopted']);
    const recorded = await store.readStream(regionalCaseStreamId(caseId));
    expect(recorded.at(-1)).toMatchObject({
      type: 'regional-decision-adopted',
      data: { decisionId: draftId, caseId, body: 'au-psc', coercive: true, councilDecisionId: 'council-draft-1' },
      metadata: { caseId, context: 'regional-bodies' },
    });
  });

  it('refuses unauthorised enforcement action and a body acting for another, writing nothing', async () => {
    const { draftId } = await controller.tableDraft(
      'au-psc',
      caseId,
      { title: 'Sanctions', text: 'Imposes sanctions', coercive: true },
      by(psc),
    );
    await app.get(ProjectionRegistry).caughtUp();
    const before = (await controller.getCase('au-psc', caseId, psc, response)).revision;
    const unauthorised = await controller
      .recordConsensusOutcome('au-psc', caseId, draftId!, { objections: [] }, by(psc))
      .catch((e: unknown) => e);
    expect(unauthorised).toMatchObject({ kind: 'rule-violated', rule: 'article-53-council-authorisation' });
    const outsideRemit = await controller
      .recordConsensusOutcome('au-psc', caseId, draftId!, { objections: [] }, by(igad))
      .catch((e: unknown) => e);
    expect(outsideRemit).toBeInstanceOf(DomainError);
    expect(outsideRemit).toMatchObject({ kind: 'forbidden', rule: 'remit' });
    await app.get(ProjectionRegistry).caughtUp();
    expect((await controller.getCase('au-psc', caseId, psc, response)).revision).toBe(before);
  });

  it('answers the PSC’s part of the case to the PSC and auditors, with the stored revision as its ETag', async () => {
    await app.get(ProjectionRegistry).caughtUp();
    const headers = new Map<string, string>();
    const recording = { setHeader: (name: string, value: string) => headers.set(name, value) } as unknown as Response;
    const view = await controller.getCase('au-psc', caseId, auditor, recording);
    expect(headers.get('ETag')).toBe(`"${view.revision}"`);
    expect(view.revision).toBe((await store.readStream(regionalCaseStreamId(caseId))).at(-1)!.revision.toString());
    const [draft] = view.drafts;
    expect(await controller.getDraft('au-psc', caseId, draft.draftId, psc, response)).toMatchObject({
      draftId: draft.draftId,
      body: 'au-psc',
    });
  });

  it('answers anyone else as if the case had never come before the body: 404 case-exists', async () => {
    const { drafts } = await controller.getCase('au-psc', caseId, psc, response);
    const refusals = await Promise.all([
      // Another body asking after the PSC's part, or the Council whose authorisation the PSC acted on.
      controller.getCase('au-psc', caseId, igad, response).catch((e: unknown) => e),
      controller.getCase('au-psc', caseId, council, response).catch((e: unknown) => e),
      controller.getDraft('au-psc', caseId, drafts[0].draftId, igad, response).catch((e: unknown) => e),
      // IGAD asking after its own part, where nothing of it is (yet): the case is not its to know of.
      controller.getCase('igad', caseId, igad, response).catch((e: unknown) => e),
      // A case that never came before anyone.
      controller.getCase('au-psc', 'c0ffee00-0000-4000-8000-0000000000ff', psc, response).catch((e: unknown) => e),
    ]);
    for (const refusal of refusals) expect(refusal).toMatchObject({ kind: 'not-found', rule: 'case-exists' });
  });

  it('submits a CEWARN early-warning report for the Joint Office', async () => {
    const result = await controller.submitEarlyWarningReport(
      caseId,
      {
        summary: 'Retaliatory raids',
        indicators: [{ kind: 'conflict', category: 'provocative-behaviour', description: 'Threats broadcast on local radio' }],
        observedAt: '2008-01-08T06:00:00Z',
        location: 'Karamoja cluster',
      },
      by(igad),
    );
    expect(result.events).toMatchObject([
      { type: 'early-warning-report-submitted', data: { reportId: result.reportId, caseId, observedAt: '2008-01-08T06:00:00.000Z' } },
    ]);
    // Once the model has it, IGAD has a part of the case to read.
    const own = await eventually(() => controller.getCase('igad', caseId, igad, response));
    expect(own.earlyWarningReports).toMatchObject([{ reportId: result.reportId }]);
  });

  it('documents every operation with its refusals', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    // The regional bodies' own operations; the read-model module runs alongside, as in every composition.
    const own = Object.entries(document.paths).filter(([path]) => path.startsWith('/regional-bodies/'));
    const operations = own.flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => [
        `${method} ${path}`,
        Object.keys((operation as { responses: object }).responses).sort(),
      ]),
    );
    expect(Object.fromEntries(operations)).toEqual({
      'get /regional-bodies/{body}/cases/{caseId}': ['200', '400', '401', '404'],
      'get /regional-bodies/{body}/cases/{caseId}/drafts/{draftId}': ['200', '400', '401', '404'],
      'post /regional-bodies/{body}/cases/{caseId}/drafts': ['201', '400', '401', '403', '409', '422'],
      'post /regional-bodies/{body}/cases/{caseId}/drafts/{draftId}/consensus': ['201', '400', '401', '403', '404', '409', '422'],
      'post /regional-bodies/{body}/cases/{caseId}/drafts/{draftId}/votes': ['201', '400', '401', '403', '404', '409', '422'],
      'post /regional-bodies/osce/cases/{caseId}/drafts/{draftId}/consensus-minus-one': ['201', '400', '401', '403', '404', '409', '422'],
      'post /regional-bodies/asean/cases/{caseId}/drafts/{draftId}/summit-decision-mode': ['201', '400', '401', '403', '404', '409', '422'],
      'post /regional-bodies/igad/cases/{caseId}/early-warning-reports': ['201', '400', '401', '403', '409', '422'],
    });
  });

  it('declares who may read on every read', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const policies = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/regional-bodies/'))
      .flatMap(([path, item]) => (item.get ? [[path, (item.get as unknown as Record<string, unknown>)['x-read-policy']]] : []));
    expect(policies).toEqual([
      ['/regional-bodies/{body}/cases/{caseId}', expect.stringMatching(/^That regional body and auditors/)],
      ['/regional-bodies/{body}/cases/{caseId}/drafts/{draftId}', expect.stringMatching(/^That regional body and auditors/)],
    ]);
  });
});
