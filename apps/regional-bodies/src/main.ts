import { RegionalBodiesModule } from '@rtop/regional-bodies';
import { runFromEnv } from '@rtop/service-host';

void runFromEnv({
  name: 'regional-bodies',
  title: 'rtop — regional bodies (AU, ASEAN, OAS, OSCE, IGAD)',
  contexts: [RegionalBodiesModule],
  needsKafka: true,
});
