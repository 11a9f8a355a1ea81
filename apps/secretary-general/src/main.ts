import { SecretaryGeneralModule } from '@rtop/secretary-general';
import { runFromEnv } from '@rtop/service-host';

void runFromEnv({
  name: 'secretary-general',
  title: 'rtop — Secretary-General and standing group',
  contexts: [SecretaryGeneralModule],
  needsKafka: true,
});
