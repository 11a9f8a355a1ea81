import { GeneralAssemblyModule } from '@rtop/general-assembly';
import { runFromEnv } from '@rtop/service-host';

void runFromEnv({ name: 'general-assembly', title: 'rtop — General Assembly', contexts: [GeneralAssemblyModule], needsKafka: true });
