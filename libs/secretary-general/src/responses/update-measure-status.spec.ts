import { given } from '@rtop/testing';
import { responsesDecider } from './responses';
import { MeasureStatusUpdated } from './responses-events';
import { UpdateMeasureStatus } from './update-measure-status';
import { at, kenya, kenyaRequest, mediationSupport, secretaryGeneral, undp, underWay, noted } from './responses.fixtures';

const update = (status: string, overrides: Partial<UpdateMeasureStatus> = {}): UpdateMeasureStatus => ({
  type: 'update-measure-status',
  measureId: 'measure-1',
  status,
  actor: undp,
  at,
  ...overrides,
});

const to = (status: 'completed' | 'suspended'): MeasureStatusUpdated => ({
  type: 'measure-status-updated',
  data: { measureId: 'measure-1', from: 'under-way', to: status },
});

const planned = [kenyaRequest, mediationSupport];

describe('update the status of a measure', () => {
  it('moves a planned measure under way, then to completed or suspended', () => {
    given(responsesDecider, [noted, ...planned])
      .when(update('under-way'))
      .then([underWay]);
    given(responsesDecider, [noted, ...planned, underWay])
      .when(update('completed'))
      .then([to('completed')]);
    given(responsesDecider, [noted, ...planned, underWay])
      .when(update('suspended'))
      .then([to('suspended')]);
  });

  it('follows the lifecycle: no skipping ahead, nothing after completion or suspension', () => {
    given(responsesDecider, [noted, ...planned])
      .when(update('completed'))
      .thenRefuses('conflict', 'measure-status-lifecycle', /planned/);
    given(responsesDecider, [noted, ...planned, underWay])
      .when(update('planned'))
      .thenRefuses('conflict', 'measure-status-lifecycle');
    given(responsesDecider, [noted, ...planned, underWay, to('completed')])
      .when(update('under-way'))
      .thenRefuses('conflict', 'measure-status-lifecycle');
    given(responsesDecider, [noted, ...planned, underWay, to('suspended')])
      .when(update('completed'))
      .thenRefuses('conflict', 'measure-status-lifecycle');
  });

  it('knows only the statuses of the lifecycle', () => {
    given(responsesDecider, [noted, ...planned])
      .when(update('abandoned'))
      .thenRefuses('invalid', 'measure-status');
  });

  it('needs a registered measure', () => {
    given(responsesDecider, [noted]).when(update('under-way')).thenRefuses('not-found', 'measure-registered');
  });

  it('is reported by the implementing body of the measure only', () => {
    given(responsesDecider, [noted, ...planned])
      .when(update('under-way', { actor: kenya }))
      .thenRefuses('forbidden', 'remit', /un-undp/);
    given(responsesDecider, [noted, ...planned])
      .when(update('under-way', { actor: secretaryGeneral }))
      .thenRefuses('forbidden', 'remit');
  });
});
