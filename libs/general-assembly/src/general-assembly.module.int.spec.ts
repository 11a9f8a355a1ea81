import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { EVENT_LOG, EventLog } from '@rtop/event-log';
import { EventStore, SQL_SESSION, SqlEventStore, SqlSession, schemaOf } from '@rtop/event-store';
import { CommandContext } from '@rtop/http';
import { loadDeploymentKeys } from '@rtop/identity';
import { AUDITOR_ROLE, Actor, DomainError, contentDigest } from '@rtop/kernel';
import { ProjectionRegistry } from '@rtop/read-model';
import { platformModules } from '@rtop/service-host';
import { eventually } from '@rtop/testing';
import { Response } from 'express';
import { GeneralAssemblyModule } from './general-assembly.module';
import { GeneralAssemblyController } from './http/general-assembly.controller';

const caseId = 'c0ffee00-0000-4000-8000-00000000006a';
const assembly: Actor = { body: 'un-general-assembly', person: 'pga', role: 'president' };
const council: Actor = { body: 'un-security-council', person: 'president', role: 'president' };
const sg: Actor = { body: 'un-secretary-general', person: 'sg', role: 'secretary-general' };
const auditor: Actor = { body: 'un-joint-office', person: 'auditor-1', role: AUDITOR_ROLE };
const response = { setHeader: () => undefined } as unknown as Response;
/** A command as the edge would hand it over: by this actor, now, with no If-Match or Idempotency-Key. */
const by = (actor: Actor): CommandContext => ({ actor, at: new Date() });

/**
 * The module as a composition would run it, minus the network: the embedded store in a temporary
 * folder and the in-process log, with the Council and the Secretary-General standing in as producers.
 */
describe('the General Assembly module, in process', () => {
  let dataDir: string;
  let app: INestApplication;
  let controller: GeneralAssemblyController;
  let producers: { council: EventStore; sg: EventStore };
  let sequence = 0;

  const publish = async (store: EventStore, context: string, type: string, data: unknown, actor: Actor) => {
    sequence += 1;
    const eventId = `00000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`;
    const metadata = { caseId, context, schemaVersion: 1, actor, occurredAt: new Date().toISOString() };
    await store.append(`${context}-case-${caseId}`, [{ eventId, type, data, metadata }], 'any');
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'rtop-general-assembly-'));
    process.env.RTOP_GA_ARREARS = 'member-state:STP';
    @Module({
      imports: [
        ...platformModules({
          eventStore: { adapter: 'pglite', dataDir: join(dataDir, 'event-store') },
          eventLog: { kind: 'in-process' },
          keys: loadDeploymentKeys(dataDir, {}),
        }),
        GeneralAssemblyModule,
      ],
    })
    class TestApp {}
    app = await NestFactory.create(TestApp, { logger: ['error'] });
    const session = app.get<SqlSession>(SQL_SESSION);
    const open = async (context: string) => {
      const store = await SqlEventStore.open({ ...session, close: () => Promise.resolve() }, schemaOf(context));
      app.get<EventLog>(EVENT_LOG).attach(context, store);
      return store;
    };
    producers = { council: await open('security-council'), sg: await open('secretary-general') };
    await app.init();
    controller = app.get(GeneralAssemblyController);
  }, 120_000);

  afterAll(async () => {
    await app.close();
    delete process.env.RTOP_GA_ARREARS;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('puts a transmitted assessment before the Assembly, and notes a veto and a Council request from the log', async () => {
    const content = { assessmentId: 'a-1', caseId, summary: 'High risk' };
    const transmitted = {
      transmissionId: 't-1',
      assessmentId: 'a-1',
      recipients: ['un-general-assembly'],
      contentDigest: contentDigest(content),
      content,
    };
    await publish(producers.sg, 'secretary-general', 'assessment-transmitted', transmitted, sg);
    const vetoed = { draftId: 'd-1', caseId, vetoedBy: ['member-state:RUS'], vetoDebateDueBy: '2000-01-14T00:00:00.000Z' };
    await publish(producers.council, 'security-council', 'draft-vetoed', vetoed, council);
    await publish(producers.council, 'security-council', 'emergency-special-session-requested', { caseId, draftId: 'd-2' }, council);

    const view = await eventually(async () => {
      const current = await controller.getCase(caseId, assembly, response);
      expect(current.session.status).toBe('due');
      return current;
    });
    expect(view.agenda).toMatchObject([{ assessmentId: 'a-1', transmissionId: 't-1' }]);
    expect(view.vetoDebates).toMatchObject([{ draftId: 'd-1', status: 'due', overdue: true }]);
    expect(await controller.overdueVetoDebates(caseId, assembly, response)).toMatchObject([{ draftId: 'd-1' }]);
  });

  it('convenes the session, counts a vote by its majority, and refuses a member in arrears', async () => {
    const convened = await controller.conveneEmergencySpecialSession(caseId, by(assembly));
    expect(convened).toMatchObject({ convenedLate: false, vetoDebatesMet: [] });

    const { resolutionId } = await controller.tableDraftResolution(
      caseId,
      {
        title: 'Uniting for peace in Kenya',
        text: 'Recommends collective measures',
        importantQuestion: true,
        peaceAndSecurityRecommendation: true,
      },
      by(assembly),
    );
    const votes = [
      ['member-state:GHA', 'yes'],
      ['member-state:BRA', 'yes'],
      ['member-state:NOR', 'no'],
      ['member-state:IND', 'abstain'],
    ] as const;
    for (const [memberState, vote] of votes) await controller.recordVote(caseId, resolutionId, { memberState, vote }, by(assembly));
    await expect(
      controller.recordVote(caseId, resolutionId, { memberState: 'member-state:STP', vote: 'yes' }, by(assembly)),
    ).rejects.toMatchObject({ kind: 'rule-violated', rule: 'art-19-arrears' });
    expect(await controller.closeVoting(caseId, resolutionId, {}, by(assembly))).toMatchObject({
      outcome: 'adopted',
      tally: { yes: 2, no: 1, abstain: 1, presentAndVoting: 3, majority: 'two-thirds', required: 2 },
    });
    await controller.closeEmergencySpecialSession(caseId, convened.sessionId, by(assembly));
    await controller.holdVetoDebate(caseId, 'd-1', {}, by(assembly));
    // The read model follows the store: the debate held shows once it has caught up.
    await eventually(async () => expect(await controller.overdueVetoDebates(caseId, assembly, response)).toEqual([]));
  });

  it('refuses a body acting outside the Assembly’s remit, writing nothing', async () => {
    await app.get(ProjectionRegistry).caughtUp();
    const before = await controller.getCase(caseId, assembly, response);
    const refusal = await controller.holdVetoDebate(caseId, 'd-1', {}, by(council)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    expect(refusal).toMatchObject({ kind: 'forbidden', rule: 'remit' });
    await app.get(ProjectionRegistry).caughtUp();
    expect((await controller.getCase(caseId, assembly, response)).revision).toBe(before.revision);
  });

  it('answers the Assembly’s file to the Assembly and auditors, with the stored revision as its ETag', async () => {
    await app.get(ProjectionRegistry).caughtUp();
    const headers = new Map<string, string>();
    const recording = { setHeader: (name: string, value: string) => headers.set(name, value) } as unknown as Response;
    const view = await controller.getCase(caseId, auditor, recording);
    expect(headers.get('ETag')).toBe(`"${view.revision}"`);
    expect(view.vetoDebates).toMatchObject([{ draftId: 'd-1', status: 'held' }]);
  });

  it('answers any other body as if the case were not before the Assembly: 404 case-exists, as for a case never there', async () => {
    const neverThere = 'c0ffee00-0000-4000-8000-0000000000ff';
    for (const read of [() => controller.getCase(caseId, council, response), () => controller.overdueVetoDebates(caseId, sg, response)]) {
      await expect(read()).rejects.toMatchObject({ kind: 'not-found', rule: 'case-exists' });
    }
    const absent = await controller.getCase(neverThere, assembly, response).catch((error: unknown) => error);
    const refused = await controller.getCase(caseId, council, response).catch((error: unknown) => error);
    expect(refused).toMatchObject({ kind: 'not-found', rule: 'case-exists' });
    expect((refused as Error).message.replace(caseId, neverThere)).toBe((absent as Error).message);
  });

  it('documents every operation with its refusals', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    // The Assembly's own operations; the read-model module runs alongside, as in every composition.
    const own = Object.entries(document.paths).filter(([path]) => path.startsWith('/general-assembly/'));
    const operations = own.flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({
        path,
        method,
        responses: Object.keys((operation as { responses: object }).responses),
      })),
    );
    const expected: Record<string, string[]> = {
      'get /general-assembly/cases/{caseId}': ['200', '400', '401', '404'],
      'get /general-assembly/cases/{caseId}/veto-debates/overdue': ['200', '400', '401', '404'],
      'post /general-assembly/cases/{caseId}/resolutions': ['201', '400', '401', '403', '404', '409', '422'],
      'post /general-assembly/cases/{caseId}/resolutions/{resolutionId}/votes': ['201', '400', '401', '403', '404', '409', '422'],
      'post /general-assembly/cases/{caseId}/resolutions/{resolutionId}/close': ['201', '400', '401', '403', '404', '409', '422'],
      'post /general-assembly/cases/{caseId}/emergency-special-session-requests': ['201', '400', '401', '403', '409', '422'],
      'post /general-assembly/cases/{caseId}/emergency-special-session-requests/{requestId}/concurrences': [
        '201',
        '400',
        '401',
        '403',
        '404',
        '409',
        '422',
      ],
      'post /general-assembly/cases/{caseId}/emergency-special-sessions': ['201', '400', '401', '403', '409', '422'],
      'post /general-assembly/cases/{caseId}/emergency-special-sessions/{sessionId}/close': [
        '201',
        '400',
        '401',
        '403',
        '404',
        '409',
        '422',
      ],
      'post /general-assembly/cases/{caseId}/take-up': ['201', '400', '401', '403', '404', '409', '422'],
      'post /general-assembly/cases/{caseId}/veto-debates/{draftId}/held': ['201', '400', '401', '403', '404', '409', '422'],
    };
    expect(Object.fromEntries(operations.map((o) => [`${o.method} ${o.path}`, o.responses.sort()]))).toEqual(expected);
  });

  it('declares who may read on every read', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    const policies = Object.entries(document.paths)
      .filter(([path]) => path.startsWith('/general-assembly/'))
      .flatMap(([path, item]) => (item.get ? [[path, (item.get as unknown as Record<string, unknown>)['x-read-policy']]] : []));
    expect(policies).toEqual([
      ['/general-assembly/cases/{caseId}', expect.stringMatching(/^The General Assembly and auditors/)],
      ['/general-assembly/cases/{caseId}/veto-debates/overdue', expect.stringMatching(/^The General Assembly and auditors/)],
    ]);
  });
});
