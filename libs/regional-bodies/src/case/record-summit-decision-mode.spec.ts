import { given } from '@rtop/testing';
import { RecordSummitDecisionMode } from './record-summit-decision-mode';
import { actorOf, at, caseId, consensusFailed, decider, states, tabled, noted } from './regional.fixtures';
import { SummitDecisionModeRecorded } from './regional-events';

const ARTICLE_20_2 = 'ASEAN Charter Art. 20(2)';
const failed = consensusFailed('asean', states('MMR'));

const record = (overrides: Partial<RecordSummitDecisionMode> = {}): RecordSummitDecisionMode => ({
  type: 'record-summit-decision-mode',
  caseId,
  draftId: 'asean-draft-1',
  mode: { kind: 'vote', majority: { fraction: 'two-thirds', of: 'member-states' } },
  basis: ARTICLE_20_2,
  actor: actorOf('asean'),
  at,
  ...overrides,
});

const recorded: SummitDecisionModeRecorded = {
  type: 'summit-decision-mode-recorded',
  data: {
    draftId: 'asean-draft-1',
    mode: { kind: 'vote', majority: { fraction: 'two-thirds', of: 'member-states' } },
    basis: ARTICLE_20_2,
  },
};

describe('record how the ASEAN Summit decided a decision is made', () => {
  it('records the mode and its cited basis after consensus failed', () => {
    given(decider, [noted, tabled('asean'), failed])
      .when(record())
      .then([recorded]);
  });

  it('records consensus minus the states named', () => {
    given(decider, [noted, tabled('asean'), failed])
      .when(record({ mode: { kind: 'consensus-minus', notCounted: ['member-state:MMR'] } }))
      .then([{ ...recorded, data: { ...recorded.data, mode: { kind: 'consensus-minus', notCounted: ['member-state:MMR'] } } }]);
  });

  it('is decided only where consensus cannot be achieved', () => {
    given(decider, [noted, tabled('asean')])
      .when(record())
      .thenRefuses('rule-violated', 'summit-decides-where-consensus-fails');
  });

  it('is decided only with its basis cited', () => {
    given(decider, [noted, tabled('asean'), failed])
      .when(record({ basis: '' }))
      .thenRefuses('invalid', 'cited-basis');
  });

  it('is decided once per draft', () => {
    given(decider, [noted, tabled('asean'), failed, recorded])
      .when(record())
      .thenRefuses('conflict', 'decision-mode-decided-once');
  });

  it('names member states when it sets objections aside', () => {
    given(decider, [noted, tabled('asean'), failed])
      .when(record({ mode: { kind: 'consensus-minus', notCounted: [] } }))
      .thenRefuses('invalid', 'member-states');
    given(decider, [noted, tabled('asean'), failed])
      .when(record({ mode: { kind: 'consensus-minus', notCounted: ['Myanmar'] } }))
      .thenRefuses('invalid', 'member-states');
  });

  it('is ASEAN’s to do', () => {
    given(decider, [noted, tabled('asean'), failed])
      .when(record({ actor: actorOf('osce') }))
      .thenRefuses('forbidden', 'remit');
  });
});
