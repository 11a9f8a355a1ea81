import { given } from '@rtop/testing';
import { NoteRegionalDecision } from './note-regional-decision';
import { responsesDecider } from './responses';
import { at, auDecision, auPsc, undp } from './responses.fixtures';

const note = (overrides: Partial<NoteRegionalDecision> = {}): NoteRegionalDecision => ({
  type: 'note-regional-decision',
  ...auDecision.data,
  actor: auPsc,
  at,
  ...overrides,
});

describe('note a regional body’s decision', () => {
  it('keeps the decision with the Council decision it acts under', () => {
    given(responsesDecider).when(note()).then([auDecision]);
  });

  it('keeps a decision taken without a Council decision as such', () => {
    const [noted] = given(responsesDecider)
      .when(note({ councilDecisionId: null, coercive: false }))
      .result();
    expect(noted.data).toMatchObject({ councilDecisionId: null, coercive: false });
  });

  it('notes a decision once, however often it is delivered', () => {
    given(responsesDecider, [auDecision]).when(note()).then([]);
  });

  it('is a decision of a regional body', () => {
    given(responsesDecider)
      .when(note({ body: 'un-undp', actor: undp }))
      .thenRefuses('invalid', 'regional-body-known', /un-undp/);
  });

  it('takes the decision from the deciding body’s own record only', () => {
    given(responsesDecider)
      .when(note({ body: 'oas' }))
      .thenRefuses('forbidden', 'remit', /oas/);
  });
});
