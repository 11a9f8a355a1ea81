import { Body } from '@rtop/kernel';
import { Pillar } from '../pillar';

/** planned → under way → completed | suspended; completed and suspended are final. */
export const MEASURE_STATUSES = ['planned', 'under-way', 'completed', 'suspended'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const NEXT_STATUSES: Readonly<Record<MeasureStatus, readonly MeasureStatus[]>> = {
  planned: ['under-way'],
  'under-way': ['completed', 'suspended'],
  completed: [],
  suspended: [],
};

export const AUTHORISATION_KINDS = ['council-decision', 'regional-decision', 'state-request-or-consent'] as const;

/**
 * The decision a measure rests on, as this context noted it from the deciding body's own events:
 * a Security Council decision (named by its draft id), a regional body's decision, or a state's
 * request for or consent to assistance (named by the request id, or the consent id of consent
 * given unprompted).
 */
export type Authorisation =
  | { readonly kind: 'council-decision'; readonly decisionId: string }
  | { readonly kind: 'regional-decision'; readonly decisionId: string }
  | { readonly kind: 'state-request-or-consent'; readonly state: string; readonly requestOrConsentId: string };

export interface MeasureTerms {
  readonly measureId: string;
  readonly pillar: Pillar;
  readonly coercive: boolean;
  readonly description: string;
  readonly authorisation: Authorisation;
  readonly implementingBody: Body;
}

/** A measure has an outcome to report only once it has begun. */
export type Measure = MeasureTerms &
  ({ readonly status: 'planned' } | { readonly status: Exclude<MeasureStatus, 'planned'>; readonly outcome: string | null });
