export * from './actor';
export * from './crime';
export * from './decider';
export * from './domain-error';
export * from './content-digest';
export * from './command-envelope';
export * from './decide-and-append';
export * from './contexts';
