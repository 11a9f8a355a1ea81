export { SubscriptionGatewayModule } from './subscription-gateway.module';
export { entitledBodies, liaisonContext } from './entitlement/entitlement';
