import { AccountabilityModule } from '@rtop/accountability';
import { FocalPointModule } from '@rtop/focal-point';
import { GeneralAssemblyModule } from '@rtop/general-assembly';
import { MemberStatesModule } from '@rtop/member-states';
import { OtherOrgansModule } from '@rtop/other-organs';
import { RegionalBodiesModule } from '@rtop/regional-bodies';
import { SecretaryGeneralModule } from '@rtop/secretary-general';
import { SecurityCouncilModule } from '@rtop/security-council';
import { SubscriptionGatewayModule } from '@rtop/subscription-gateway';
import { ProcessSpec } from '@rtop/service-host';

/** Every bounded context in one process: the zero-setup way to run rtop. */
export const STANDALONE: ProcessSpec = {
  name: 'standalone',
  title: 'rtop',
  contexts: [
    FocalPointModule,
    SecretaryGeneralModule,
    SecurityCouncilModule,
    GeneralAssemblyModule,
    RegionalBodiesModule,
    MemberStatesModule,
    OtherOrgansModule,
    AccountabilityModule,
    SubscriptionGatewayModule,
  ],
  needsKafka: false,
};
