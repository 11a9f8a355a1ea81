import { given } from '@rtop/testing';
import { RecordMeasureOutcome } from './record-measure-outcome';
import { responsesDecider } from './responses';
import { MeasureOutcomeRecorded } from './responses-events';
import { at, kenyaRequest, mediationSupport, secretaryGeneral, undp, underWay, noted } from './responses.fixtures';

const record = (overrides: Partial<RecordMeasureOutcome> = {}): RecordMeasureOutcome => ({
  type: 'record-measure-outcome',
  measureId: 'measure-1',
  outcome: 'Parties signed the National Accord on 28 February 2008',
  actor: undp,
  at,
  ...overrides,
});

const recorded = (outcome = record().outcome): MeasureOutcomeRecorded => ({
  type: 'measure-outcome-recorded',
  data: { measureId: 'measure-1', outcome },
});

const begun = [kenyaRequest, mediationSupport, underWay];

describe('record the outcome of a measure', () => {
  it('records the outcome of a measure under way', () => {
    given(responsesDecider, [noted, ...begun])
      .when(record())
      .then([recorded()]);
  });

  it('adds a later outcome to the record rather than replacing the earlier one', () => {
    given(responsesDecider, [noted, ...begun, recorded('Talks opened')])
      .when(record())
      .then([recorded()]);
  });

  it('has no outcome for a measure only planned', () => {
    given(responsesDecider, [noted, kenyaRequest, mediationSupport]).when(record()).thenRefuses('conflict', 'outcome-of-a-measure-begun');
  });

  it('says what the measure achieved', () => {
    given(responsesDecider, [noted, ...begun])
      .when(record({ outcome: '' }))
      .thenRefuses('invalid', 'outcome-described');
  });

  it('needs a registered measure', () => {
    given(responsesDecider, [noted]).when(record()).thenRefuses('not-found', 'measure-registered');
  });

  it('is reported by the implementing body of the measure only', () => {
    given(responsesDecider, [noted, ...begun])
      .when(record({ actor: secretaryGeneral }))
      .thenRefuses('forbidden', 'remit');
  });
});
