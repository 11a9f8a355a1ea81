import { SubscriptionGatewayModule } from '@rtop/subscription-gateway';
import { runFromEnv } from '@rtop/service-host';

void runFromEnv({
  name: 'subscription-gateway',
  title: 'rtop — subscription gateway (liaison offices)',
  contexts: [SubscriptionGatewayModule],
  needsKafka: true,
});
