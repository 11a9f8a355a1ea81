import { CommandEnvelope, StateConflict } from '@rtop/kernel';
import { requireText } from '../required-text';
import { Responses, requireMeasure } from './responses';
import { MeasureOutcomeRecorded } from './responses-events';
import { requireImplementingBody } from './update-measure-status';

export interface RecordMeasureOutcome extends CommandEnvelope {
  readonly type: 'record-measure-outcome';
  readonly measureId: string;
  readonly outcome: string;
}

/** An outcome is what a measure achieved or failed to: a measure still only planned has none. */
export function recordMeasureOutcome(command: RecordMeasureOutcome, state: Responses): MeasureOutcomeRecorded[] {
  const measure = requireImplementingBody(command, requireMeasure(state, command.measureId), 'recording the outcome of');
  if (measure.status === 'planned') {
    throw new StateConflict('outcome-of-a-measure-begun', `measure ${measure.measureId} is only planned: it has no outcome yet`);
  }
  requireText(command.outcome, 'outcome-described', 'an outcome says what the measure achieved');
  return [{ type: 'measure-outcome-recorded', data: { measureId: measure.measureId, outcome: command.outcome } }];
}
