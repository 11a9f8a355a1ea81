import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthenticatedActorGuard } from './authenticated-actor.guard';
import { DEPLOYMENT_KEYS, DeploymentKeys } from './deployment-keys';
import { ReadPolicyGuard } from './read-policy';
import { TokenVerifier } from './token-verifier';

@Global()
@Module({})
export class IdentityModule {
  static forRoot(keys: DeploymentKeys): DynamicModule {
    return {
      module: IdentityModule,
      providers: [
        { provide: DEPLOYMENT_KEYS, useValue: keys },
        { provide: TokenVerifier, useValue: new TokenVerifier(keys.tokenPublicKey, keys.tokenTrust) },
        AuthenticatedActorGuard,
        { provide: APP_GUARD, useClass: ReadPolicyGuard },
      ],
      exports: [DEPLOYMENT_KEYS, TokenVerifier, AuthenticatedActorGuard],
    };
  }
}
