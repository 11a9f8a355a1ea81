import { Global, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { StreamCommandHandler } from './stream-command.handler';

/** The one write path, for every context the process runs. */
@Global()
@Module({
  imports: [CqrsModule.forRoot()],
  providers: [StreamCommandHandler],
})
export class CommandsModule {}
