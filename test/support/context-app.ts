import { mkdtempSync, rmSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamicModule, INestApplication, Module, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadDeploymentKeys, mintToken } from '@rtop/identity';
import { Body } from '@rtop/kernel';
import { configurePlatform, platformModules } from '@rtop/service-host';
import { httpClient } from './http-client';

/**
 * Some contexts on the platform every process has (embedded store, in-process log, identity, read
 * side, the one write path), listening on a real port with keys of their own. `env` is what the
 * keys are loaded from (an OpenID Connect issuer, a token lifetime), as a deployment's would be.
 */
export async function startContextApp(name: string, contexts: readonly (Type<unknown> | DynamicModule)[], env: NodeJS.ProcessEnv = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), `rtop-${name}-`));
  const keys = loadDeploymentKeys(dataDir, env);
  @Module({
    imports: [
      ...platformModules({
        eventStore: { adapter: 'pglite', dataDir: join(dataDir, 'event-store') },
        eventLog: { kind: 'in-process' },
        keys,
      }),
      ...contexts,
    ],
  })
  class ContextsUnderTest {}
  const app: INestApplication = await NestFactory.create(ContextsUnderTest, { logger: ['error'] });
  configurePlatform(app, 'rtop');
  await app.listen(0, '127.0.0.1');
  const baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  return {
    app,
    baseUrl,
    /** A client acting as an officer of the body, or with the role given (`auditor`). */
    as: (body: Body, role = 'officer') => httpClient(baseUrl, mintToken(keys.tokenPrivateKey!, { body, person: `${body} officer`, role })),
    stop: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type ContextApp = Awaited<ReturnType<typeof startContextApp>>;
