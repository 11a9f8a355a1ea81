import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthenticatedActorGuard, TOKEN_PUBLIC_KEY } from './authenticated-actor.guard';
import { DEPLOYMENT_KEYS, DeploymentKeys } from './deployment-keys';
import { ReadPolicyGuard } from './read-policy';

@Global()
@Module({})
export class IdentityModule {
  static forRoot(keys: DeploymentKeys): DynamicModule {
    return {
      module: IdentityModule,
      providers: [
        { provide: DEPLOYMENT_KEYS, useValue: keys },
        { provide: TOKEN_PUBLIC_KEY, useValue: keys.tokenPublicKey },
        AuthenticatedActorGuard,
        { provide: APP_GUARD, useClass: ReadPolicyGuard },
      ],
      exports: [DEPLOYMENT_KEYS, TOKEN_PUBLIC_KEY, AuthenticatedActorGuard],
    };
  }
}
