import { given } from '@rtop/testing';
import { actorOf, at, caseId, decider, tabled, beforeEveryBody } from '../regional.fixtures';
import { TableDraftDecision } from '../table-draft-decision';

const recommend = (grounds: string[]): TableDraftDecision => ({
  type: 'table-draft-decision',
  caseId,
  body: 'au-psc',
  draftId: 'au-psc-draft-1',
  title: 'Recommendation',
  text: 'Recommends intervention to the Assembly',
  matter: 'substantive',
  coercive: false,
  councilDecisionId: null,
  parties: [],
  twoThirdsRequired: false,
  subject: { kind: 'article-4h-recommendation', grounds },
  actor: actorOf('au-psc'),
  at,
});

describe('the grave circumstances of Art. 4(h)', () => {
  it('are war crimes, genocide and crimes against humanity', () => {
    given(decider, beforeEveryBody)
      .when(recommend(['war-crimes', 'genocide', 'crimes-against-humanity']))
      .then([
        tabled('au-psc', {
          title: 'Recommendation',
          text: 'Recommends intervention to the Assembly',
          subject: { kind: 'article-4h-recommendation', grounds: ['war-crimes', 'genocide', 'crimes-against-humanity'] },
        }),
      ]);
  });

  it('do not include ethnic cleansing, which is assessed through the three crimes', () => {
    given(decider, beforeEveryBody)
      .when(recommend(['ethnic-cleansing']))
      .thenRefuses('invalid', 'article-4h-grave-circumstances', /ethnic-cleansing is not among/);
  });

  it('are named, each once, and nothing else', () => {
    given(decider, beforeEveryBody).when(recommend([])).thenRefuses('invalid', 'article-4h-grave-circumstances');
    given(decider, beforeEveryBody)
      .when(recommend(['unconstitutional-change-of-government']))
      .thenRefuses('invalid', 'article-4h-grave-circumstances');
    given(decider, beforeEveryBody)
      .when(recommend(['genocide', 'genocide']))
      .thenRefuses('invalid', 'article-4h-grave-circumstances', /twice/);
  });
});
