import { Module } from '@nestjs/common';
import { EventLogModule } from '@rtop/event-log';
import { projectionsOf } from '@rtop/read-model';
import { MEMBER_STATES } from './application/member-states-case-stream';
import { NoteCaseWhenOpenedForMemberStates } from './application/note-case-when-opened';
import { MemberStatesController } from './http/member-states.controller';
import { GetMemberStateHandler } from './read/get-member-state.handler';
import { GetMemberStatesCaseHandler } from './read/get-member-states-case.handler';
import { MEMBER_STATES_PROJECTIONS } from './read/member-states-read-models';

/** The member states: their posture towards each case, and their requests for and consent to assistance. */
@Module({
  imports: [EventLogModule.forContext(MEMBER_STATES)],
  controllers: [MemberStatesController],
  providers: [
    NoteCaseWhenOpenedForMemberStates,
    // Reads answer from the member states' read model, kept up by following their own store.
    ...projectionsOf(...MEMBER_STATES_PROJECTIONS),
    GetMemberStatesCaseHandler,
    GetMemberStateHandler,
  ],
})
export class MemberStatesModule {}
