import { AccountabilityModule } from '@rtop/accountability';
import { runFromEnv } from '@rtop/service-host';

void runFromEnv({ name: 'accountability', title: 'rtop — accountability', contexts: [AccountabilityModule], needsKafka: true });
