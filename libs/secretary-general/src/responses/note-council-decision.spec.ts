import { given } from '@rtop/testing';
import { NoteCouncilDecision } from './note-council-decision';
import { responsesDecider } from './responses';
import { at, auPsc, chapterViiDecision, securityCouncil, noted } from './responses.fixtures';

const note = (overrides: Partial<NoteCouncilDecision> = {}): NoteCouncilDecision => ({
  type: 'note-council-decision',
  ...chapterViiDecision.data,
  actor: securityCouncil,
  at,
  ...overrides,
});

describe('note a Security Council decision', () => {
  it('keeps what the decision determined and whom it authorised', () => {
    given(responsesDecider, [noted]).when(note()).then([chapterViiDecision]);
  });

  it('notes a decision once, however often it is delivered', () => {
    given(responsesDecider, [noted, chapterViiDecision])
      .when(note({ sourceEventId: 'sc-event-7-again' }))
      .then([]);
  });

  it('takes the decision from the Council’s own record only', () => {
    given(responsesDecider, [noted])
      .when(note({ actor: auPsc }))
      .thenRefuses('forbidden', 'remit');
  });
});
