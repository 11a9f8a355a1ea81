import { MemberStatesModule } from '@rtop/member-states';
import { runFromEnv } from '@rtop/service-host';

void runFromEnv({ name: 'member-states', title: 'rtop — member states', contexts: [MemberStatesModule], needsKafka: true });
