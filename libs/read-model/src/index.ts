export * from './projection';
export * from './projection-runner';
export * from './projection-registry';
export * from './projection-runners';
export * from './page';
export * from './access-log';
export * from './state-codec';
export { ReadModelModule } from './read-model.module';
export * from './stream-states';
