import { SecurityCouncilModule } from '@rtop/security-council';
import { runFromEnv } from '@rtop/service-host';

void runFromEnv({ name: 'security-council', title: 'rtop — Security Council', contexts: [SecurityCouncilModule], needsKafka: true });
