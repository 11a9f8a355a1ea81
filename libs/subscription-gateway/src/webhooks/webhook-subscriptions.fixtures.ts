import { Actor } from '@rtop/kernel';
import { WebhookSubscribed } from './webhook-events';

export const at = new Date('2008-01-10T12:00:00Z');
export const auLiaison: Actor = { body: 'au-psc', person: 'AU liaison officer', role: 'officer' };
export const igadLiaison: Actor = { body: 'igad', person: 'IGAD liaison officer', role: 'officer' };
export const auditor: Actor = { body: 'un-joint-office', person: 'Auditor', role: 'auditor' };
export const subscriptionId = '4f6b6f2e-8a59-4b8e-9c55-3b1f0a3f6d11';
export const firstSecret = 'whsec_Zmlyc3Qtc2VjcmV0LW9mLXRoZS1hdS1saWFpc29u';

export const subscribed: WebhookSubscribed = {
  type: 'webhook-subscribed',
  data: { body: 'au-psc', subscriptionId, url: 'https://liaison.au.int/rtop', secret: firstSecret, subscribedAt: at.toISOString() },
};
