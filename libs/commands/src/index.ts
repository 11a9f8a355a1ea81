export * from './stream-kind';
export * from './execute-on-stream';
export { CommandsModule } from './commands.module';
