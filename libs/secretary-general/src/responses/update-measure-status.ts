import { CommandEnvelope, InvalidCommand, OutsideRemit, StateConflict } from '@rtop/kernel';
import { MEASURE_STATUSES, Measure, MeasureStatus, NEXT_STATUSES } from './measure';
import { Responses, requireMeasure } from './responses';
import { MeasureStatusUpdated } from './responses-events';

export interface UpdateMeasureStatus extends CommandEnvelope {
  readonly type: 'update-measure-status';
  readonly measureId: string;
  readonly status: string;
}

export function updateMeasureStatus(command: UpdateMeasureStatus, state: Responses): MeasureStatusUpdated[] {
  const measure = requireImplementingBody(command, requireMeasure(state, command.measureId), 'updating the status of');
  if (!(MEASURE_STATUSES as readonly string[]).includes(command.status)) {
    throw new InvalidCommand('measure-status', `a measure is ${MEASURE_STATUSES.join(', ')}; not ${command.status}`);
  }
  const to = command.status as MeasureStatus;
  if (!NEXT_STATUSES[measure.status].includes(to)) {
    throw new StateConflict(
      'measure-status-lifecycle',
      `measure ${measure.measureId} is ${measure.status}; it can become ${NEXT_STATUSES[measure.status].join(' or ') || 'nothing else'}, not ${to}`,
    );
  }
  return [{ type: 'measure-status-updated', data: { measureId: measure.measureId, from: measure.status, to } }];
}

/** Whoever carries a measure out reports on it, and no one else. */
export function requireImplementingBody(command: CommandEnvelope, measure: Measure, action: string): Measure {
  if (command.actor.body !== measure.implementingBody) {
    throw new OutsideRemit(
      'remit',
      `${action} measure ${measure.measureId} is within the remit of its implementing body ${measure.implementingBody} only; ${command.actor.body} may not do it`,
    );
  }
  return measure;
}
