import { CRIMES, InvalidCommand } from '@rtop/kernel';

/**
 * The grave circumstances of the AU Constitutive Act Art. 4(h). Ethnic cleansing is not among
 * them: it is assessed through the three crimes the article names.
 */
export const ARTICLE_4H_CRIMES = ['war-crimes', 'genocide', 'crimes-against-humanity'] as const;
export type Article4hCrime = (typeof ARTICLE_4H_CRIMES)[number];

export function parseArticle4hGrounds(grounds: readonly string[]): Article4hCrime[] {
  if (!grounds.length) {
    throw new InvalidCommand('article-4h-grave-circumstances', `an Art. 4(h) step names its grounds among ${ARTICLE_4H_CRIMES.join(', ')}`);
  }
  const outside = grounds.find((g) => !(ARTICLE_4H_CRIMES as readonly string[]).includes(g));
  if (outside) {
    const why = (CRIMES as readonly string[]).includes(outside)
      ? `${outside} is not among the grave circumstances of Art. 4(h); assess it through ${ARTICLE_4H_CRIMES.join(', ')}`
      : `${outside} is not a ground of Art. 4(h) (${ARTICLE_4H_CRIMES.join(', ')})`;
    throw new InvalidCommand('article-4h-grave-circumstances', why);
  }
  if (new Set(grounds).size !== grounds.length) {
    throw new InvalidCommand('article-4h-grave-circumstances', 'a ground is named twice');
  }
  return grounds as Article4hCrime[];
}
