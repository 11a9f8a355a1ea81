import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { EventLogModule } from '@rtop/event-log';
import { MEMBER_STATES, MemberStatesCommandHandler } from './application/member-states-command.handler';
import { MemberStatesController } from './http/member-states.controller';

/** The member states: their posture towards each case, and their requests for and consent to assistance. */
@Module({
  imports: [CqrsModule, EventLogModule.forContext(MEMBER_STATES)],
  controllers: [MemberStatesController],
  providers: [MemberStatesCommandHandler],
})
export class MemberStatesModule {}
