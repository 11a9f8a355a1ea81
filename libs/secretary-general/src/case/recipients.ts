import { REGIONAL_BODIES } from '@rtop/kernel';

/** The organs an assessment can be transmitted to: the Council, the Assembly and the regional bodies concerned. */
export const TRANSMISSION_RECIPIENTS = ['un-security-council', 'un-general-assembly', ...REGIONAL_BODIES] as const;
export type TransmissionRecipient = (typeof TRANSMISSION_RECIPIENTS)[number];
