import { DynamicModule, Global, Module } from '@nestjs/common';
import { AuthenticatedActorGuard, TOKEN_PUBLIC_KEY } from './authenticated-actor.guard';
import { DEPLOYMENT_KEYS, DeploymentKeys } from './deployment-keys';

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
      ],
      exports: [DEPLOYMENT_KEYS, TOKEN_PUBLIC_KEY, AuthenticatedActorGuard],
    };
  }
}
