import { OtherOrgansModule } from '@rtop/other-organs';
import { runFromEnv } from '@rtop/service-host';

void runFromEnv({
  name: 'other-organs',
  title: 'rtop — Human Rights Council, Peacebuilding Commission, ECOSOC',
  contexts: [OtherOrgansModule],
  needsKafka: true,
});
