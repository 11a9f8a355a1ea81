import { REGIONAL_BODIES } from '@rtop/kernel';

/** The organs an assessment can be transmitted to: the Council, the Assembly and the regional bodies concerned. */
export const TRANSMISSION_RECIPIENTS = ['un-security-council', 'un-general-assembly', ...REGIONAL_BODIES] as const;
export type TransmissionRecipient = (typeof TRANSMISSION_RECIPIENTS)[number];

/** The intergovernmental organs the Secretary-General puts recommendations to. */
export const RECOMMENDATION_RECIPIENTS = [
  'un-security-council',
  'un-general-assembly',
  'un-human-rights-council',
  'un-peacebuilding-commission',
  'un-ecosoc',
] as const;
