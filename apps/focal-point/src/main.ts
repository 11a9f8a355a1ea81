import { FocalPointModule } from '@rtop/focal-point';
import { runFromEnv } from '@rtop/service-host';

void runFromEnv({ name: 'focal-point', title: 'rtop — Joint Office (focal point)', contexts: [FocalPointModule], needsKafka: true });
