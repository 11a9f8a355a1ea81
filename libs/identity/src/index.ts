export * from './deployment-keys';
export * from './bearer-token';
export * from './token-trust';
export * from './token-verifier';
export * from './authenticated-actor.guard';
export * from './identity.module';
export * from './read-policy';
