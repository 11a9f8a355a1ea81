export * from './stream-kind';
export * from './execute-on-stream';
export { CommandsModule } from './commands.module';
export * from './note-case-when-opened';
